package dev.sitrep.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query's answer: named columns and rows of plain values (String, Long, Double, BigDecimal, Boolean, List or
 * null), in order. The CLI prints it as a table, JSON or CSV; the server sends it as JSON.
 *
 * @param columns column names
 * @param rows    rows, each as long as {@code columns}
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + columns.size()
                        + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int size() {
        return rows.size();
    }

    /** The value in row {@code row} under column {@code column}. */
    public Object get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row).get(i);
    }

    /** The values of one column, top to bottom. */
    public List<Object> column(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        List<Object> values = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            values.add(row.get(i));
        }
        return values;
    }
}
