package org.synergraph.corpus;

import java.util.regex.Pattern;
import org.synergraph.problem.Problem;

/** The one rule for a document id: 1-80 letters, digits, '.', '_' or '-', so it is safe in a URL and a file name. */
public final class DocumentId {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");

    private DocumentId() {
    }

    /** The id itself when it is well formed; otherwise a 400 problem saying what an id looks like. */
    public static String check(String id) {
        if (id == null || !ID.matcher(id).matches() || id.chars().allMatch(c -> c == '.')) {
            throw Problem.badRequest("bad_document_id", "A document id has 1-80 letters, digits, '.', '_' or '-'.");
        }
        return id;
    }
}
