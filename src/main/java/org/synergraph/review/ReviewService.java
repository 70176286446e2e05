package org.synergraph.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.RelationType;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * Records reviewers' decisions as judgements, each checked first (the fact or entity exists, a quote is in its
 * document, a merge closes no loop), written and replayed in one transaction: every decision is visible in the very
 * next answer, and the later of two decisions on one fact wins while both stay in the history.
 */
public final class ReviewService {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NOTE = 2000;
    private static final int MAX_QUOTE = 2000;
    private static final int MAX_NAME = 200;
    private final Graph graph;
    private final CypherLibrary library;
    private final JudgementReplay replay;
    private Instant lastAt = Instant.EPOCH;

    public ReviewService(Graph graph, CypherLibrary library, JudgementReplay replay) {
        this.graph = graph;
        this.library = library.require(List.of("review_judgements", "review_write_judgements", "review_relation",
                "review_quote_passage", "review_entity", "review_document_exists", "review_merged_into"));
        this.replay = replay;
    }

    /** A decision on one relation: accept or reject, with an optional note. */
    public record RelationDecision(String decision, String note) {
    }

    /** A fact added by hand (a correction when {@code replaces} names the relation it corrects, which is rejected). */
    public record NewRelation(String subject, String type, String object, String status, String documentId,
                              String quote, String note, String para, String replaces) {
    }

    /** A decision on one entity: merge (into), rename (nameEn, nameZh), retype (entityType) or reject. */
    public record EntityDecision(String decision, String into, String nameEn, String nameZh, String entityType,
                                 String note) {
    }

    /** What a decision recorded. */
    public record Recorded(List<Judgement> judgements) {
    }

    public Recorded judgeRelation(String relationId, RelationDecision d, String by) {
        String decision = oneOf("decision", d.decision(), Set.of("accept", "reject"));
        Fact fact = fact(relationId);
        return record(List.of(new Judgement(newId(), decision, fact.subject(), fact.type(), fact.object(),
                fact.status(), null, null, null, by, note(d.note()), null, null, null, null, null, null)));
    }

    public Recorded addRelation(NewRelation n, String by) {
        String type = relationType(n.type());
        String status = n.status() == null || n.status().isBlank() ? "active"
                : oneOf("status", n.status(), Set.of("active", "planned"));
        String subject = entity("subject", n.subject()).id();
        String object = entity("object", n.object()).id();
        if (subject.equals(object)) {
            throw Problem.badRequest("same_entity", "subject and object must be different entities.");
        }
        String quote = required("quote", n.quote(), MAX_QUOTE);
        String documentId = required("documentId", n.documentId(), 200);
        if (graph.read(library.get("review_document_exists"), Map.of("id", documentId), r -> r).isEmpty()) {
            throw Problem.badRequest("unknown_document", "No document has the id '" + documentId + "'.");
        }
        Map<String, Object> q = new java.util.HashMap<>();
        q.put("documentId", documentId);
        q.put("quote", quote);
        q.put("para", n.para());
        List<String> para = graph.read(library.get("review_quote_passage"), q, r -> r.get("para").asString(null));
        if (para.isEmpty()) {
            throw Problem.badRequest("quote_not_found", "The quote is not in document " + documentId
                    + ": copy the words exactly as one passage of the document gives them.");
        }
        List<Judgement> out = new ArrayList<>();
        if (n.replaces() != null && !n.replaces().isBlank()) {
            Fact old = fact(n.replaces());
            out.add(new Judgement(newId(), "reject", old.subject(), old.type(), old.object(), old.status(), null,
                    null, null, by, note(n.note()), null, null, null, null, null, null));
        }
        out.add(new Judgement(newId(), "add", subject, type, object, status, documentId, para.get(0), quote, by,
                note(n.note()), null, null, null, null, null, null));
        return record(out);
    }

    public Recorded judgeEntity(String entityId, EntityDecision d, String by) {
        String decision = oneOf("decision", d.decision(), Set.of("merge", "rename", "retype", "reject"));
        EntityRow e = entity("id", entityId);
        if (!e.id().equals(entityId)) {
            throw Problem.badRequest("already_merged", "Entity '" + entityId + "' was merged into '" + e.id()
                    + "'; judge that one.");
        }
        String into = null;
        String nameEn = null;
        String nameZh = null;
        String type = null;
        switch (decision) {
            case "merge" -> {
                into = entity("into", d.into()).id();
                if (Merges.of(all()).wouldLoop(entityId, into)) {
                    throw Problem.badRequest("merge_loop", "Merging '" + entityId + "' into '" + d.into()
                            + "' would merge an entity into itself.");
                }
            }
            case "rename" -> {
                nameEn = optional("nameEn", d.nameEn(), MAX_NAME);
                nameZh = optional("nameZh", d.nameZh(), MAX_NAME);
                if (nameEn == null && nameZh == null) {
                    throw Problem.badRequest("missing_name", "A rename needs nameEn, nameZh or both.");
                }
            }
            case "retype" -> type = entityType(d.entityType());
            default -> {
                if (!"discovered".equals(e.origin())) {
                    throw Problem.badRequest("not_discovered", "Only discovered entities can be rejected; '"
                            + entityId + "' comes from the " + e.origin() + ". Reject its facts instead.");
                }
            }
        }
        return record(List.of(new Judgement(newId(), decision, null, null, null, null, null, null, null, by,
                note(d.note()), null, entityId, into, nameEn, nameZh, type)));
    }

    /** Every judgement, oldest first: the judgements file. */
    public List<Judgement> all() {
        return graph.read(library.get("review_judgements"), Map.of(), r -> Judgement.from(r.get("judgement").asMap()));
    }

    /** Imports a judgements file: each entry checked for shape; entries already recorded (same id) are skipped. */
    public Recorded importAll(List<Judgement> file, String by) {
        if (file == null) {
            throw Problem.badRequest("bad_json", "Send the judgements file: a JSON array of judgements.");
        }
        List<Judgement> out = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            out.add(checked(file.get(i), i, by));
        }
        return record(out);
    }

    /** The entity a merged id now stands for, if it was merged (chains followed, at most 50 links). */
    public Optional<String> redirect(String entityId) {
        String at = entityId;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (seen.add(at) && seen.size() <= 50) {
            List<String> into = graph.read(library.get("review_merged_into"), Map.of("id", at),
                    r -> r.get("into").asString());
            if (into.isEmpty()) {
                break;
            }
            at = into.get(0);
        }
        return at.equals(entityId) ? Optional.empty() : Optional.of(at);
    }

    private Judgement checked(Judgement j, int i, String by) {
        if (j == null) {
            throw Problem.badRequest("bad_judgement", "Entry " + i + " is null.");
        }
        String where = "entry " + i + ": ";
        String id = j.id() == null || j.id().isBlank() ? newId() : required(where + "id", j.id(), 100);
        String curator = j.curator() == null || j.curator().isBlank() ? by : required(where + "curator", j.curator(), 100);
        String at = j.at() == null || j.at().isBlank() ? nextAt() : instant(where, j.at());
        if (j.entity() != null) {
            String decision = oneOf(where + "decision", j.decision(), Set.of("merge", "rename", "retype", "reject"));
            if (decision.equals("merge")) {
                required(where + "into", j.into(), 200);
            }
            return new Judgement(id, decision, null, null, null, null, null, null, null, curator, note(j.note()), at,
                    required(where + "entity", j.entity(), 200), j.into(), optional(where + "nameEn", j.nameEn(),
                    MAX_NAME), optional(where + "nameZh", j.nameZh(), MAX_NAME),
                    decision.equals("retype") ? entityType(j.entityType()) : null);
        }
        String decision = oneOf(where + "decision", j.decision(), Set.of("accept", "reject", "add"));
        String status = j.status() == null ? "active" : oneOf(where + "status", j.status(), Set.of("active", "planned"));
        return new Judgement(id, decision, required(where + "subject", j.subject(), 200), relationType(j.predicate()),
                required(where + "object", j.object(), 200), status,
                decision.equals("add") ? required(where + "documentId", j.documentId(), 200) : j.documentId(),
                j.para(), decision.equals("add") ? required(where + "quote", j.quote(), MAX_QUOTE) : j.quote(),
                curator, note(j.note()), at, null, null, null, null, null);
    }

    /** Writes and replays under one lock, so that concurrent decisions replay in the order they were stamped. */
    private synchronized Recorded record(List<Judgement> judgements) {
        List<Judgement> stamped = judgements.stream().map(j -> j.at() != null ? j : new Judgement(j.id(),
                j.decision(), j.subject(), j.predicate(), j.object(), j.status(), j.documentId(), j.para(), j.quote(),
                j.curator(), j.note(), nextAt(), j.entity(), j.into(), j.nameEn(), j.nameZh(), j.entityType()))
                .toList();
        List<Map<String, Object>> rows = stamped.stream().map(Judgement::row).toList();
        graph.write(tx -> {
            tx.run(library.get("review_write_judgements"), Map.of("judgements", rows)).consume();
            replay.afterWrite(tx);
        });
        return new Recorded(stamped);
    }

    private record Fact(String subject, String type, String object, String status) {
    }

    private record EntityRow(String id, String origin) {
    }

    private Fact fact(String relationId) {
        if (relationId == null || relationId.isBlank() || relationId.length() > 1000) {
            throw Problem.badRequest("bad_id", "A relation id is the id /api/edges/{id} takes.");
        }
        return graph.read(library.get("review_relation"), Map.of("id", relationId), r -> new Fact(
                r.get("subject").asString(), r.get("type").asString(), r.get("object").asString(),
                r.get("status").asString("active"))).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("unknown_relation", "No relation has the id '"
                        + abbreviate(relationId) + "'."));
    }

    /** An entity by id, following merges; 404 when there is none. */
    private EntityRow entity(String field, String id) {
        String given = required(field, id, 200);
        String resolved = Merges.of(all()).resolve(given);
        return graph.read(library.get("review_entity"), Map.of("id", resolved), r -> new EntityRow(
                r.get("id").asString(), r.get("origin").asString("gazetteer"))).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("unknown_entity", "No entity has the id '"
                        + abbreviate(given) + "'."));
    }

    private static String relationType(String type) {
        try {
            return RelationType.parse(required("type", type, 40)).name();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad_type", "type must be one of ACTIVE_IN, FUNDS, PARTNERS_WITH, MEMBER_OF,"
                    + " LEADS, HOSTS, SUPPORTS, REPORTS_TO.");
        }
    }

    private static String entityType(String type) {
        try {
            return EntityType.fromLabel(required("entityType", type, 40)).label();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad_entity_type", "entityType must be one of Organisation, Convention,"
                    + " Initiative, Country, Region.");
        }
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw Problem.badRequest("bad_decision", field + " must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ".");
        }
        return value;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest("missing_field", field + " is required.");
        }
        if (value.length() > max) {
            throw Problem.badRequest("too_long", field + " is longer than " + max + " characters.");
        }
        return value;
    }

    private static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value.strip(), max);
    }

    private static String note(String note) {
        return optional("note", note, MAX_NOTE);
    }

    private static String instant(String where, String at) {
        try {
            return AT.format(Instant.parse(at));
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.badRequest("bad_time", where + "at must be an ISO-8601 instant such as 2026-01-31T12:00:00Z.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A strictly increasing time stamp, so the order of decisions is the order they were made in. */
    private synchronized String nextAt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lastAt = now.isAfter(lastAt) ? now : lastAt.plus(1, ChronoUnit.MICROS);
        return AT.format(lastAt);
    }
}
