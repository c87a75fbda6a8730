package dev.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sitrep.store.Table;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a {@link Table} in one of the {@link OutputFormat}s. In the table format, cells are cut to
 * {@link #WIDTH} characters with "…" (unless wide), lists are joined with "; ", nulls are blank, numbers are
 * right-aligned, and the {@code <b>} tags of search snippets become bold on a terminal and vanish elsewhere; json,
 * jsonl and csv keep every value as it is, tags included.
 */
final class TablePrinter {

    /** The widest a table cell gets unless {@code --wide}. */
    static final int WIDTH = 60;

    private static final String BOLD = "\033[1m";
    private static final String NORMAL = "\033[22m";
    private static final String OPEN = "<b>";
    private static final String CLOSE = "</b>";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final OutputFormat format;
    private final boolean wide;
    private final boolean ansi;
    private final PrintWriter out;

    /**
     * @param ansi whether to show matches in bold with ANSI escapes: only when standard output is a terminal
     */
    TablePrinter(OutputFormat format, boolean wide, boolean ansi, PrintWriter out) {
        this.format = format;
        this.wide = wide;
        this.ansi = ansi;
        this.out = out;
    }

    /**
     * Prints {@code table}. In the table format, and not wide, only the columns named in {@code view} are shown
     * (all when it is empty); the other formats always have every column.
     */
    void print(Table table, List<String> view) {
        switch (format) {
            case TABLE -> printTable(table, wide || view.isEmpty() ? table.columns() : view);
            case JSON -> printJson(table, true);
            case JSONL -> printJson(table, false);
            case CSV -> printCsv(table);
            default -> throw new IllegalStateException("unknown format " + format);
        }
        out.flush();
    }

    // ---- table ----------------------------------------------------------------------------------------------

    private void printTable(Table table, List<String> shown) {
        int[] index = new int[shown.size()];
        for (int c = 0; c < shown.size(); c++) {
            index[c] = table.columns().indexOf(shown.get(c));
            if (index[c] < 0) {
                throw new IllegalArgumentException("no column " + shown.get(c) + " in " + table.columns());
            }
        }
        List<Cell[]> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Cell[] cells = new Cell[index.length];
            for (int c = 0; c < index.length; c++) {
                Cell cell = Cell.of(row.get(index[c]));
                cells[c] = wide ? cell : cell.cut(WIDTH);
            }
            rows.add(cells);
        }
        int[] widths = new int[index.length];
        boolean[] numeric = new boolean[index.length];
        for (int c = 0; c < index.length; c++) {
            widths[c] = shown.get(c).length();
            boolean allNumbers = true;
            boolean anyNumber = false;
            for (Cell[] cells : rows) {
                widths[c] = Math.max(widths[c], cells[c].text().length());
                if (!cells[c].text().isEmpty()) {
                    anyNumber |= cells[c].numeric();
                    allNumbers &= cells[c].numeric();
                }
            }
            numeric[c] = anyNumber && allNumbers;
        }
        StringBuilder line = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < index.length; c++) {
            pad(line, shown.get(c), shown.get(c), widths[c], numeric[c], c == index.length - 1);
            String dashes = "-".repeat(widths[c]);
            pad(rule, dashes, dashes, widths[c], false, c == index.length - 1);
        }
        out.println(line.toString().stripTrailing());
        out.println(rule);
        for (Cell[] cells : rows) {
            line.setLength(0);
            for (int c = 0; c < index.length; c++) {
                pad(line, cells[c].render(ansi), cells[c].text(), widths[c], numeric[c], c == index.length - 1);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Appends {@code shown} (whose visible text is {@code visible}) padded to {@code width}, then a gap. */
    private static void pad(StringBuilder line, String shown, String visible, int width, boolean right,
                            boolean last) {
        int fill = width - visible.length();
        if (right) {
            line.append(" ".repeat(fill)).append(shown);
        } else {
            line.append(shown);
            if (!last) {
                line.append(" ".repeat(fill));
            }
        }
        if (!last) {
            line.append("  ");
        }
    }

    /**
     * One table cell: its visible text on one line, the ranges of it to show in bold, and whether it is a number.
     */
    record Cell(String text, List<int[]> bold, boolean numeric) {

        static Cell of(Object value) {
            if (value == null) {
                return new Cell("", List.of(), false);
            }
            if (value instanceof Number n) {
                return new Cell(TablePrinter.number(n), List.of(), true);
            }
            if (value instanceof List<?> list) {
                StringBuilder b = new StringBuilder();
                for (Object o : list) {
                    b.append(b.length() > 0 ? "; " : "").append(o instanceof Number n ? TablePrinter.number(n) : o);
                }
                return new Cell(SPACE.matcher(b).replaceAll(" ").strip(), List.of(), false);
            }
            return tagged(SPACE.matcher(value.toString()).replaceAll(" ").strip());
        }

        /** The text without its {@code <b>} and {@code </b>} tags, with the ranges they enclosed. */
        static Cell tagged(String s) {
            StringBuilder text = new StringBuilder();
            List<int[]> bold = new ArrayList<>();
            int open = -1;
            int i = 0;
            while (i < s.length()) {
                if (open < 0 && s.startsWith(OPEN, i)) {
                    open = text.length();
                    i += OPEN.length();
                } else if (open >= 0 && s.startsWith(CLOSE, i)) {
                    if (text.length() > open) {
                        bold.add(new int[] {open, text.length()});
                    }
                    open = -1;
                    i += CLOSE.length();
                } else {
                    text.append(s.charAt(i++));
                }
            }
            if (open >= 0 && text.length() > open) {
                bold.add(new int[] {open, text.length()});
            }
            return new Cell(text.toString(), List.copyOf(bold), false);
        }

        /**
         * This cell cut to {@code width} characters, "…" marking what is left out. When the first bold range would
         * be cut off, the text starts shortly before it instead, so a search snippet still shows its match.
         */
        Cell cut(int width) {
            if (text.length() <= width) {
                return this;
            }
            int start = 0;
            if (!bold.isEmpty() && bold.get(0)[1] > width - 1) {
                // a little context before the match, and no less text than fits
                start = safe(Math.max(0, Math.min(bold.get(0)[0] - width / 4, text.length() - (width - 1))));
                int space = start == 0 ? -1 : text.indexOf(' ', start - 1);
                if (space >= 0 && space - start < width / 8 && space < bold.get(0)[0]) {
                    start = space + 1; // at the start of a word
                }
            }
            String prefix = start > 0 ? "…" : "";
            int end = text.length();
            String suffix = "";
            if (prefix.length() + end - start > width) {
                end = safe(start + width - prefix.length() - 1);
                suffix = "…";
            }
            int shift = prefix.length() - start;
            List<int[]> kept = new ArrayList<>();
            for (int[] b : bold) {
                int s = Math.max(b[0], start);
                int e = Math.min(b[1], end);
                if (s < e) {
                    kept.add(new int[] {s + shift, e + shift});
                }
            }
            return new Cell(prefix + text.substring(start, end) + suffix, List.copyOf(kept), numeric);
        }

        /** Moves an index off the second half of a surrogate pair. */
        private int safe(int i) {
            return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
        }

        /** The text with its bold ranges in ANSI bold when {@code ansi}, else as is. */
        String render(boolean ansi) {
            if (!ansi || bold.isEmpty()) {
                return text;
            }
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (int[] r : bold) {
                b.append(text, at, r[0]).append(BOLD).append(text, r[0], r[1]).append(NORMAL);
                at = r[1];
            }
            return b.append(text, at, text.length()).toString();
        }
    }

    // ---- json and csv ---------------------------------------------------------------------------------------

    private void printJson(Table table, boolean array) {
        if (array) {
            out.println(table.rows().isEmpty() ? "[]" : "[");
        }
        for (int r = 0; r < table.size(); r++) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                object.put(table.columns().get(c), plain(table.rows().get(r).get(c)));
            }
            try {
                out.print(JSON.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a row as JSON: " + e.getMessage(), e);
            }
            out.println(array && r < table.size() - 1 ? "," : "");
        }
        if (array && !table.rows().isEmpty()) {
            out.println("]");
        }
    }

    private void printCsv(Table table) {
        List<String> fields = new ArrayList<>();
        for (String column : table.columns()) {
            fields.add(csv(column));
        }
        out.print(String.join(",", fields) + "\r\n");
        for (List<Object> row : table.rows()) {
            fields.clear();
            for (Object v : row) {
                fields.add(csv(csvText(v)));
            }
            out.print(String.join(",", fields) + "\r\n");
        }
    }

    private static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return number(n);
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object o : list) {
                b.append(b.length() > 0 ? "; " : "").append(csvText(o));
            }
            return b.toString();
        }
        return v.toString();
    }

    /** RFC 4180: a field with a comma, double quote or line break is quoted, its quotes doubled. */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    // ---- values ---------------------------------------------------------------------------------------------

    /** Decimals without trailing zeros ("25000000", not "25000000.0000"), never in exponent notation. */
    static String number(Number n) {
        if (n instanceof BigDecimal d) {
            return plainDecimal(d).toPlainString();
        }
        if (n instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static BigDecimal plainDecimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Object plain(Object v) {
        if (v instanceof BigDecimal d) {
            return plainDecimal(d);
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object o : list) {
                copy.add(plain(o));
            }
            return copy;
        }
        return v;
    }
}
