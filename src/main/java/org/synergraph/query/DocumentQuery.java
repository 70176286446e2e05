package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.config.Config;
import org.synergraph.corpus.DocumentId;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** The documents in the graph, and one document's passages with the mentions a reader can highlight. */
public final class DocumentQuery {
    private final Graph graph;
    private final Config.Paging paging;
    private final String list;
    private final String one;
    private final String passages;

    public DocumentQuery(Graph graph, CypherLibrary library, Config.Paging paging) {
        this.graph = graph;
        this.paging = paging;
        this.list = library.get("documents_page");
        this.one = library.get("document");
        this.passages = library.get("document_passages");
    }

    private static final String DOCUMENT_UNDATED = "undated";

    /** A document's metadata; {@code dateSource} says where its date comes from, "undated" when it has none. */
    public record DocumentInfo(String id, String title, String titleZh, String titleEn, String symbol, String body,
                               String meeting, String date, String dateSource, String language, String sourceFile,
                               String originalFile, Long passages, Long mentions, Long relations) {
        static DocumentInfo from(Value d) {
            return new DocumentInfo(d.get("id").asString(), d.get("title").asString(null),
                    d.get("titleZh").asString(null), d.get("titleEn").asString(null), d.get("symbol").asString(null),
                    d.get("body").asString(null), d.get("meeting").asString(null), d.get("date").asString(null),
                    d.get("dateSource").asString(DOCUMENT_UNDATED), d.get("language").asString(null), d.get("sourceFile").asString(null),
                    d.get("originalFile").asString(null), num(d.get("passageCount")),
                    num(d.get("mentionCount")), num(d.get("relationCount")));
        }
    }

    /** Where a passage names an entity. */
    public record MentionSpan(String entityId, int start, int end, String type, String nameEn, String nameZh) {
    }

    /** A passage with its mentions, in text order; {@code page} only for paginated sources. */
    public record PassageView(String id, int ordinal, String label, String kind, String text, String parentId,
                              Integer page, List<MentionSpan> mentions) {
    }

    /** One page of the documents, in id order. */
    public record DocumentList(List<DocumentInfo> documents, long total, int offset, int limit) {
    }

    /** One document and its passages. */
    public record DocumentText(DocumentInfo document, List<PassageView> passages) {
    }

    /** A page of the documents: 50 unless asked for more (at most the configured page size). */
    public DocumentList page(Integer offset, Integer limit) {
        PageRequest page = PageRequest.of(paging, offset, limit, Math.min(50, paging.maxLimit()), paging.maxLimit());
        return graph.read(list, Map.of("offset", page.offset(), "limit", page.limit()), r -> new DocumentList(
                r.get("docs").asList(DocumentInfo::from), r.get("total").asLong(), page.offset(), page.limit()))
                .get(0);
    }

    public DocumentText text(String id) {
        DocumentInfo info = info(id);
        List<PassageView> ps = graph.read(passages, Map.of("id", id), r -> passage(r.get("passage"), r.get("mentions")));
        return new DocumentText(info, ps);
    }

    /** A document's metadata; a 404 problem for an unknown id. */
    public DocumentInfo info(String id) {
        DocumentId.check(id);
        List<DocumentInfo> found = graph.read(one, Map.of("id", id), r -> DocumentInfo.from(r.get("doc")));
        if (found.isEmpty()) {
            throw Problem.notFound("unknown_document", "No document has the id '" + id + "'.");
        }
        return found.get(0);
    }

    private static PassageView passage(Value p, Value mentions) {
        List<MentionSpan> spans = new ArrayList<>();
        for (Value m : mentions.values()) {
            List<Integer> starts = m.get("starts").asList(Value::asInt);
            List<Integer> ends = m.get("ends").asList(Value::asInt);
            for (int i = 0; i < starts.size(); i++) {
                spans.add(new MentionSpan(m.get("entityId").asString(), starts.get(i), ends.get(i),
                        m.get("type").asString(null), m.get("nameEn").asString(null), m.get("nameZh").asString(null)));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new PassageView(p.get("id").asString(), p.get("ordinal").asInt(), p.get("label").asString(null),
                p.get("kind").asString(null), p.get("text").asString(""), p.get("parentId").asString(null),
                p.get("page").isNull() ? null : p.get("page").asInt(), spans);
    }

    private static Long num(Value v) {
        return v == null || v.isNull() ? null : v.asLong();
    }
}
