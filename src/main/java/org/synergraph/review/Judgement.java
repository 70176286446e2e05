package org.synergraph.review;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reviewer's decision, as stored in a {@code (:Judgement)} node and as one entry of the judgements file. A
 * relation judgement names its fact in the curated format (subject, predicate, object, status, and for an added
 * fact documentId, para and quote); an entity judgement names {@code entity}. {@code curator} is who decided (a
 * token holder's name, never the token), {@code at} when (ISO-8601, UTC).
 *
 * @param decision accept, reject or add (relations); merge, rename, retype or reject (entities)
 */
public record Judgement(String id, String decision, String subject, String predicate, String object, String status,
                        String documentId, String para, String quote, String curator, String note, String at,
                        String entity, String into, String nameEn, String nameZh, String entityType) {

    /** Whether this judges an entity rather than a relation. */
    public boolean aboutEntity() {
        return entity != null;
    }

    /** The fact's identity, the relation id /api/edges/{id} takes, with end points resolved through merges. */
    public String key(Merges merges) {
        return merges.resolve(subject) + "|" + predicate + "|" + merges.resolve(object) + "|" + status;
    }

    /** The node's properties (nulls left out). */
    public Map<String, Object> row() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", id);
        put(m, "decision", decision);
        put(m, "subject", subject);
        put(m, "predicate", predicate);
        put(m, "object", object);
        put(m, "status", status);
        put(m, "documentId", documentId);
        put(m, "para", para);
        put(m, "quote", quote);
        put(m, "curator", curator);
        put(m, "note", note);
        put(m, "at", at);
        put(m, "entity", entity);
        put(m, "into", into);
        put(m, "nameEn", nameEn);
        put(m, "nameZh", nameZh);
        put(m, "entityType", entityType);
        return m;
    }

    /** A judgement read back from its node's properties. */
    public static Judgement from(Map<String, Object> p) {
        return new Judgement(s(p, "id"), s(p, "decision"), s(p, "subject"), s(p, "predicate"), s(p, "object"),
                s(p, "status"), s(p, "documentId"), s(p, "para"), s(p, "quote"), s(p, "curator"), s(p, "note"),
                s(p, "at"), s(p, "entity"), s(p, "into"), s(p, "nameEn"), s(p, "nameZh"), s(p, "entityType"));
    }

    private static void put(Map<String, Object> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String s(Map<String, Object> p, String k) {
        Object v = p.get(k);
        return v == null ? null : v.toString();
    }
}
