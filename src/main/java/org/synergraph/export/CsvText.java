package org.synergraph.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.synergraph.query.Table;

/**
 * Writes tables as RFC 4180 CSV that spreadsheets open safely: lists joined with "; ", and cells that a
 * spreadsheet would run as a formula prefixed with an apostrophe.
 */
public final class CsvText {
    private CsvText() {
    }

    /** The byte order mark that makes Excel read a CSV file as UTF-8 (without it, Chinese text is garbled). */
    public static final String BOM = "\uFEFF";

    public static String of(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString();
    }

    public static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        String text = text(value);
        if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0
                || text.length() > 1 && text.charAt(0) == '-' && !Character.isDigit(text.charAt(1))) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return String.join("; ", c.stream().map(CsvText::text).toList());
        }
        if (value instanceof Map<?, ?> m) {
            return m.toString();
        }
        return value.toString();
    }
}
