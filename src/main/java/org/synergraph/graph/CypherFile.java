package org.synergraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code .cypher} file: a header of {@code //} lines ({@code // key: value} pairs and free text) and one
 * statement.
 */
public record CypherFile(String name, Map<String, String> header, List<String> headerLines, String statement) {

    public static CypherFile parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inHeader = true;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (inHeader && t.startsWith("//")) {
                String content = t.substring(2).strip();
                lines.add(content);
                int colon = content.indexOf(':');
                if (colon > 0 && content.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_-]*")) {
                    header.put(content.substring(0, colon).strip().toLowerCase(), content.substring(colon + 1).strip());
                }
                continue;
            }
            if (inHeader && t.isEmpty()) {
                continue;
            }
            inHeader = false;
            body.append(line).append('\n');
        }
        String statement = body.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (statement.isEmpty()) {
            throw new IllegalStateException("cypher file " + name + " has no statement");
        }
        return new CypherFile(name, Map.copyOf(header), List.copyOf(lines), statement);
    }
}
