package org.synergraph.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synergraph.config.Resources;

/** The list of corpus documents in {@code data/corpus/manifest.json}, loaded with their raw text. */
public final class CorpusManifest {
    /** Where the manifest lives among the project's resources. */
    public static final String PATH = "data/corpus/manifest.json";
    private static final String FOLDER = "data/corpus/";

    private final Resources resources;
    private final String folder;
    private final ObjectMapper json = new ObjectMapper();

    private CorpusManifest(Resources resources, String folder) {
        this.resources = resources;
        this.folder = folder;
    }

    /** The bundled corpus, data/corpus. */
    public static CorpusManifest from(Resources resources) {
        return new CorpusManifest(resources, FOLDER);
    }

    /** Another corpus laid out the same way: a folder holding manifest.json and the files it names. */
    public static CorpusManifest inFolder(java.nio.file.Path dir) {
        return new CorpusManifest(Resources.folder(dir.toAbsolutePath()), "");
    }

    /** One manifest row, as written in the JSON file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String file, String symbol, String titleZh, String titleEn, String body, String meeting,
                 String date, String language) {
        DocumentMeta meta() {
            return new DocumentMeta(id, symbol, titleZh, titleEn, body, meeting, date, language, file, "manifest");
        }
    }

    /**
     * Every document of the manifest, in manifest order.
     *
     * @throws IllegalArgumentException when the manifest is not valid JSON, a row lacks its id or file, an id is
     *                                  repeated, or a file named in it does not exist
     */
    public List<SourceDocument> load() {
        List<Entry> entries = entries();
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            if (blank(entry.id()) || blank(entry.file())) {
                throw new IllegalArgumentException(folder + "manifest.json has a row without id or file: " + entry);
            }
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException(folder + "manifest.json lists document id " + entry.id() + " twice");
            }
            if (!blank(entry.date())) {
                try {
                    DocumentDate.parse(entry.date());
                } catch (DocumentDate.Malformed e) {
                    throw new IllegalArgumentException(folder + "manifest.json: document " + entry.id() + ": "
                            + e.getMessage(), e);
                }
            }
            if (!resources.exists(folder + entry.file())) {
                throw new IllegalArgumentException(folder + "manifest.json names unknown file " + entry.file() + " for document "
                        + entry.id() + " (looked in " + resources.describe(folder + entry.file()) + ")");
            }
        }
        return entries.stream().map(e -> new SourceDocument(e.meta(), resources.read(folder + e.file()))).toList();
    }

    private List<Entry> entries() {
        String text = resources.read(folder + "manifest.json");
        try {
            return List.of(json.readValue(text, Entry[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(folder + "manifest.json is not a JSON array of documents: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
