package org.synergraph.query;

/** Cypher text with string literals, quoted names and comments blanked out, so checks see only code. */
final class CypherText {
    private CypherText() {
    }

    static String codeOnly(String query) {
        StringBuilder out = new StringBuilder(query.length());
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
                while (i < n && query.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
                int end = query.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                out.append(" ".repeat(stop - i));
                i = stop;
            } else if (c == '\'' || c == '"') {
                int stop = closing(query, i, c);
                out.append(c == '"' ? "\"\"" : "''").append(" ".repeat(Math.max(0, stop - i - 2)));
                i = stop;
            } else if (c == '`') {
                int end = query.indexOf('`', i + 1);
                int stop = end < 0 ? n : end + 1;
                out.append("x").append(" ".repeat(stop - i - 1));
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closing(String q, int open, char quote) {
        int i = open + 1;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return q.length();
    }
}
