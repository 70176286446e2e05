package org.synergraph.query;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.problem.Problem;

/**
 * The first of two locks on the Cypher console: refuses text that writes, loads files, administers or calls
 * procedures outside an allow-list. The second lock is the database itself, which runs console queries in
 * read-only transactions; this check gives clear messages and covers what read mode would still allow.
 */
final class CypherGuard {
    private static final int MAX_LENGTH = 10_000;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Set<String> REFUSED_WORDS = Set.of("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH",
            "DROP", "LOAD", "FOREACH", "GRANT", "REVOKE", "DENY", "ALTER", "RENAME", "TERMINATE", "SHOW", "USE",
            "ENABLE", "DISABLE", "DEALLOCATE", "REALLOCATE", "INSERT", "TRANSACTIONS",
            "PERIODIC");
    private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes",
            "db.propertykeys", "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties");
    private static final Set<String> ALLOWED_FUNCTION_NAMESPACES = Set.of("point", "date", "datetime", "localdatetime",
            "localtime", "time", "duration", "vector");

    private CypherGuard() {
    }

    /** Throws a FORBIDDEN or BAD_REQUEST problem when the query may not run; returns silently otherwise. */
    static void check(String query) {
        if (query == null || query.isBlank()) {
            throw Problem.badRequest("missing_query", "Send {\"query\": \"MATCH …\", \"params\": {…}}.");
        }
        if (query.length() > MAX_LENGTH) {
            throw Problem.tooLarge("query_too_long", "A console query may be at most " + MAX_LENGTH + " characters.");
        }
        String code = CypherText.codeOnly(query);
        Matcher m = WORD.matcher(code);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            String word = m.group().replaceAll("\\s+", "");
            String upper = word.toUpperCase(Locale.ROOT);
            if (REFUSED_WORDS.contains(upper)) {
                throw refuse("'" + upper + "' is not allowed: the console only reads.");
            }
            if (upper.equals("CALL")) {
                from = checkCall(code, m.end());
            } else if (word.contains(".") && followedByParen(code, m.end())) {
                String namespace = word.substring(0, word.indexOf('.')).toLowerCase(Locale.ROOT);
                if (!ALLOWED_FUNCTION_NAMESPACES.contains(namespace)) {
                    throw refuse("the function " + word + "() is not on the console's allow-list.");
                }
            }
        }
    }

    /** Checks what follows CALL and returns where checking goes on: inside a subquery, or after the name. */
    private static int checkCall(String code, int from) {
        int i = skipSpace(code, from);
        if (i < code.length() && code.charAt(i) == '(') {
            int close = code.indexOf(')', i);
            int brace = close < 0 ? -1 : skipSpace(code, close + 1);
            if (brace >= 0 && brace < code.length() && code.charAt(brace) == '{') {
                return i + 1; // a scoped subquery, CALL (x) { … }: its clauses are checked like the rest
            }
        }
        if (i < code.length() && code.charAt(i) == '{') {
            return i; // a subquery: its clauses are checked like the rest of the text
        }
        Matcher next = WORD.matcher(code);
        if (!next.find(i) || next.start() != i) {
            throw refuse("CALL must name a procedure or open a subquery.");
        }
        String proc = next.group().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (!ALLOWED_PROCEDURES.contains(proc)) {
            throw refuse("the procedure " + proc + " is not on the console's allow-list " + ALLOWED_PROCEDURES + ".");
        }
        return next.end();
    }

    private static int skipSpace(String code, int from) {
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean followedByParen(String code, int end) {
        int i = skipSpace(code, end);
        return i < code.length() && code.charAt(i) == '(';
    }

    private static Problem refuse(String why) {
        return new Problem(Problem.Kind.FORBIDDEN, "read_only", "Refused: " + why);
    }
}
