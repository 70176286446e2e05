package org.synergraph.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.synergraph.query.Table;

/** Renders a table for a terminal, columns padded to their widest cell (East Asian characters count double). */
final class TextTable {
    private static final int MAX_CELL = 60;

    private TextTable() {
    }

    static String of(Table t) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(t.columns());
        t.rows().forEach(r -> cells.add(r.stream().map(TextTable::text).toList()));
        int[] widths = new int[t.columns().size()];
        cells.forEach(r -> {
            for (int i = 0; i < r.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : cells) {
            for (int i = 0; i < r.size() && i < widths.length; i++) {
                out.append(r.get(i)).append(" ".repeat(widths[i] - width(r.get(i)) + 2));
            }
            out.append('\n');
        }
        out.append(t.rows().size()).append(" rows").append(t.truncated() ? " (cut at the row limit)" : "").append('\n');
        return out.toString();
    }

    private static String text(Object v) {
        String s = v == null ? "" : v instanceof Collection<?> c ? String.join("; ", c.stream().map(String::valueOf).toList())
                : String.valueOf(v);
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    private static int width(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }
}
