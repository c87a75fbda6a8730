package dev.sitrep.server;

import dev.sitrep.store.Table;
import java.math.BigDecimal;

/**
 * A table as CSV (RFC 4180: a header row, fields with commas, quotes or line breaks quoted). Text fields that a
 * spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return) get a leading apostrophe:
 * the articles are untrusted.
 */
final class Csv {

    private Csv() {
    }

    static String write(Table t) {
        StringBuilder b = new StringBuilder();
        line(b, t.columns());
        for (var row : t.rows()) {
            line(b, row);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Iterable<?> values) {
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append(field(v));
        }
        b.append("\r\n");
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = v.toString();
        if (v instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
