package org.synergraph.query;

import java.util.List;

/**
 * A result as columns and rows, the shape of reports and console answers.
 *
 * @param columns   column names in order
 * @param rows      one list of values per row
 * @param truncated true when a row cap cut the result
 */
public record Table(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
