package org.synergraph.ingest;

import org.synergraph.extract.RelationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.Passage;
import org.synergraph.discovery.DiscoveredEntity;
import org.synergraph.extract.Entity;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.Relation;
import org.synergraph.extract.StatedPeriods;

/** Turns an extraction into the parameter rows of the write statements (plain maps and lists, as Bolt wants). */
public final class GraphRows {
    private final Gazetteer gazetteer;
    private final StatedPeriods periods;

    /** Rows without the times clauses state for their facts. */
    public GraphRows(Gazetteer gazetteer) {
        this(gazetteer, StatedPeriods.NONE);
    }

    /** Rows whose evidence carries the time its clause states for the fact ({@code periods}), when it states one. */
    public GraphRows(Gazetteer gazetteer, StatedPeriods periods) {
        this.gazetteer = gazetteer;
        this.periods = periods;
    }

    Map<String, Object> document(DocumentExtraction doc, String extractionHash) {
        DocumentMeta m = doc.meta();
        Map<String, Object> row = new HashMap<>();
        row.put("id", m.id());
        row.put("symbol", m.symbol());
        row.put("title", m.title());
        row.put("titleZh", m.titleZh());
        row.put("titleEn", m.titleEn());
        row.put("body", m.body());
        row.put("meeting", m.meeting());
        row.put("date", m.date());
        row.put("dateSource", m.dateSource());
        row.put("dateStart", m.period().map(d -> d.first().toString()).orElse(null));
        row.put("language", m.language());
        row.put("sourceFile", m.sourceFile());
        row.put("originalFile", null); // set again by an upload once its file is kept
        row.put("contentHash", doc.contentHash());
        row.put("extractionHash", extractionHash);
        row.put("entityIds", new ArrayList<>(doc.entityIds()));
        row.put("passageCount", doc.passages().size());
        row.put("mentionCount", doc.mentionCount());
        row.put("relationCount", doc.relations().size());
        return row;
    }

    List<Map<String, Object>> passages(DocumentExtraction doc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Passage p : doc.passages()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", p.id());
            row.put("ordinal", p.ordinal());
            row.put("label", p.label());
            row.put("kind", p.kind().name());
            row.put("text", p.text());
            row.put("parentLabel", p.parentLabel());
            row.put("page", p.page());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The entities a document names: gazetteer entities with origin "gazetteer", and the document's discovered ones
     * with origin "discovered", their confidence, the passage that introduced them and, for a national body, partOf.
     */
    List<Map<String, Object>> entities(DocumentExtraction doc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : doc.entityIds()) {
            DiscoveredEntity found = doc.discovered(id);
            Entity e = found != null ? found.entity() : gazetteer.byId(id).orElseThrow(() ->
                    new IllegalStateException("entity " + id + " is neither in the gazetteer nor discovered"));
            Set<String> forms = new LinkedHashSet<>(e.aliasesEn());
            forms.addAll(e.aliasesZh());
            Set<String> aliases = new LinkedHashSet<>(forms);
            aliases.removeIf(a -> bare(a).equals(bare(e.nameEn())) || bare(a).equals(bare(e.nameZh())));
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("type", e.type().label());
            row.put("nameEn", e.nameEn());
            row.put("nameZh", e.nameZh());
            row.put("aliases", new ArrayList<>(aliases));
            row.put("aliasesEn", e.aliasesEn());
            row.put("aliasesZh", e.aliasesZh());
            row.put("aliasText", String.join(" ; ", forms));
            row.put("aliasesLower", forms.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
            row.put("iso3", e.iso3());
            row.put("wikidata", e.wikidata());
            row.put("source", e.source());
            row.put("origin", found != null ? DiscoveredEntity.ORIGIN : DiscoveredEntity.KNOWN);
            row.put("confidence", found != null ? DiscoveredEntity.CONFIDENCE : 1.0);
            row.put("introducedIn", found != null ? found.introducedIn() : null);
            row.put("partOf", e.partOf());
            rows.add(row);
        }
        return rows;
    }

    /** Lists in the graph cannot hold nulls: an unstated part of a time is ''. */
    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** A name without the book-title brackets and quotes that Chinese text prints around it. */
    private static String bare(String name) {
        return name == null ? "" : name.replaceAll("[《》“”\"]", "").strip();
    }

    List<Map<String, Object>> mentions(DocumentExtraction doc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        doc.mentions().forEach((passageId, ms) -> {
            Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
            ms.forEach(m -> byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m));
            byEntity.forEach((entityId, list) -> rows.add(Map.of("passageId", passageId, "entityId", entityId,
                    "starts", list.stream().map(Mention::start).toList(),
                    "ends", list.stream().map(Mention::end).toList(),
                    "surfaces", list.stream().map(Mention::surface).toList())));
        });
        return rows;
    }

    /** One row per piece of evidence; the same fact said twice in one passage counts once. */
    List<Map<String, Object>> relations(DocumentExtraction doc) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<String, Integer> pages = new HashMap<>();
        doc.passages().forEach(p -> pages.put(p.id(), p.page() == null ? 0 : p.page()));
        for (Relation r : doc.relations()) {
            String evidenceKey = r.key() + "|" + r.evidence().passageId();
            if (rows.containsKey(evidenceKey)) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("subjectId", r.subjectId());
            row.put("objectId", r.objectId());
            row.put("type", r.type().name());
            row.put("key", r.key());
            row.put("status", r.status().label());
            row.put("amount", r.amount());
            row.put("currency", r.currency());
            row.put("year", r.year());
            row.put("amountShared", r.amountShared());
            row.put("coFunders", r.coFunders());
            row.put("documentId", r.evidence().documentId());
            row.put("passageId", r.evidence().passageId());
            row.put("para", r.evidence().para());
            row.put("page", pages.getOrDefault(r.evidence().passageId(), 0));
            row.put("quote", r.evidence().quote());
            row.put("start", r.evidence().start());
            row.put("end", r.evidence().end());
            row.put("method", r.method().label());
            row.put("confidence", r.confidence());
            StatedPeriods.StatedTime stated = periods.find(r.evidence().quote(), doc.meta().language())
                    .orElse(new StatedPeriods.StatedTime(null, null, null, null));
            row.put("validFrom", blank(stated.validFrom()));
            row.put("validTo", blank(stated.validTo()));
            row.put("statedYear", blank(stated.year()));
            row.put("timeWords", blank(stated.words()));
            rows.put(evidenceKey, row);
        }
        return new ArrayList<>(rows.values());
    }
}
