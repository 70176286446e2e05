package org.synergraph.query;

import java.util.List;

/**
 * A result as columns and rows, the shape of reports and console answers.
 *
 * @param columns   column names in order
 * @param rows      one list of values per row
 * @param truncated true when rows exist beyond these (a row cap or the page cut the result)
 * @param total     how many rows the whole result has (paged answers only; null otherwise)
 * @param offset    where this page starts (paged answers only)
 * @param pageSize  the largest page asked for (paged answers only)
 * @param review    which facts the console kept (any, unrejected or accepted; console answers only)
 * @param hiddenRows how many rows the console left out because they hold a fact that {@code review} leaves out
 *                  (console answers only)
 * @param asOf      the date a report was run as of (reports only; absent: every document counts)
 */
public record Table(List<String> columns, List<List<Object>> rows, boolean truncated, Integer total, Integer offset,
                    Integer pageSize, String review, Integer hiddenRows, AsOf asOf) {

    /** A page of a report. */
    public Table(List<String> columns, List<List<Object>> rows, boolean truncated, Integer total, Integer offset,
                 Integer pageSize) {
        this(columns, rows, truncated, total, offset, pageSize, null, null, null);
    }

    /** An answer that is not paged. */
    public Table(List<String> columns, List<List<Object>> rows, boolean truncated) {
        this(columns, rows, truncated, null, null, null, null, null, null);
    }
}
