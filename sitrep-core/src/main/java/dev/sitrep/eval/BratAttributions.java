package dev.sitrep.eval;

import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attribution relations of one brat standoff file. Text-bound lines ({@code T}) are checked against the
 * article text; event lines ({@code E}) that are attributions become {@link GoldAttribution}s. A line that cannot
 * be used is reported and skipped.
 */
final class BratAttributions {

    private record TextBound(String label, List<Span> spans) {}

    private final String text;
    private final String file;
    private final ProblemLog problems;
    private final int[] charOffset;
    private final Map<String, TextBound> textBounds = new HashMap<>();

    private BratAttributions(String text, String file, ProblemLog problems) {
        this.text = text;
        this.file = file;
        this.problems = problems;
        this.charOffset = codePointToChar(text);
    }

    /**
     * @param lines    the .ann file's lines
     * @param text     the article text
     * @param file     the file's name for messages
     * @param problems where unusable lines are reported
     */
    static List<GoldAttribution> parse(List<String> lines, String text, String file, ProblemLog problems) {
        return new BratAttributions(text, file, problems).parse(lines);
    }

    private List<GoldAttribution> parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("T")) {
                readTextBound(lines.get(i), i + 1);
            }
        }
        QuoteMarks marks = QuoteMarks.of(text);
        List<GoldAttribution> attributions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("E")) {
                GoldAttribution a = readEvent(line, i + 1, marks);
                if (a != null) {
                    attributions.add(a);
                }
            } else if (!line.isBlank() && !line.startsWith("T") && !line.startsWith("#")) {
                problem(i + 1, "not a T, E or # line");
            }
        }
        return attributions;
    }

    private void readTextBound(String line, int lineNo) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 2) {
            problem(lineNo, "text-bound line needs tab-separated id and 'Label start end'");
            return;
        }
        if (textBounds.containsKey(fields[0])) {
            problem(lineNo, "duplicate id " + fields[0]);
            return;
        }
        int space = fields[1].indexOf(' ');
        if (space <= 0) {
            problem(lineNo, "no offsets after the label in '" + fields[1] + "'");
            return;
        }
        List<Span> spans = new ArrayList<>();
        for (String piece : fields[1].substring(space + 1).split(";")) {
            Span span = span(piece.trim());
            if (span == null) {
                problem(lineNo, "bad offsets '" + piece.trim() + "' (need 'start end' within 0.." + text.length()
                        + ")");
                return;
            }
            spans.add(span);
        }
        if (fields.length == 3 && !sameIgnoringSpace(fields[2], spans)) {
            problem(lineNo, "covered text does not match the article text at " + spans);
            return;
        }
        textBounds.put(fields[0], new TextBound(fields[1].substring(0, space), spans));
    }

    private GoldAttribution readEvent(String line, int lineNo, QuoteMarks marks) {
        String[] fields = line.split("\t");
        if (fields.length < 2 || fields[1].isBlank()) {
            problem(lineNo, "event line needs tab-separated id and 'Type:Tn Role:Tn ...'");
            return null;
        }
        String[] args = fields[1].trim().split(" +");
        String type = args[0].substring(0, Math.max(0, args[0].indexOf(':')));
        if (!type.equals("Attribution") && !type.equals("Attribution-no-source")) {
            problem(lineNo, "event type '" + type + "' is not Attribution or Attribution-no-source");
            return null;
        }
        List<Span> content = new ArrayList<>();
        List<Span> source = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            int colon = args[a].indexOf(':');
            TextBound target = colon < 0 ? null : textBounds.get(args[a].substring(colon + 1));
            if (target == null) {
                problem(lineNo, "argument '" + args[a] + "' does not name a valid text-bound annotation");
                return null;
            }
            String role = args[a].substring(0, colon).replaceAll("\\d+$", "");
            switch (role) {
                case "Content" -> content.addAll(target.spans());
                case "Source" -> source.addAll(target.spans());
                case "Cue" -> cue.addAll(target.spans());
                default -> {
                    problem(lineNo, "unknown role '" + role + "'");
                    return null;
                }
            }
        }
        return new GoldAttribution(content, source, cue, marks.isDirect(content));
    }

    /** Parses {@code "start end"} in code points into a span of chars, or null when malformed or out of range. */
    private Span span(String piece) {
        String[] ends = piece.split(" ");
        if (ends.length != 2) {
            return null;
        }
        try {
            int start = Integer.parseInt(ends[0]);
            int end = Integer.parseInt(ends[1]);
            if (start < 0 || end < start || end >= charOffset.length) {
                return null;
            }
            return new Span(charOffset[start], charOffset[end]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** brat joins the pieces of a discontinuous span with white space of its own choosing. */
    private boolean sameIgnoringSpace(String covered, List<Span> spans) {
        StringBuilder actual = new StringBuilder();
        spans.forEach(s -> actual.append(s.of(text)));
        return withoutSpace(covered).equals(withoutSpace(actual));
    }

    private static String withoutSpace(CharSequence s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** brat offsets count code points; Java strings count UTF-16 chars. Entry {@code i} is code point i's char. */
    private static int[] codePointToChar(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int c = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = c;
            if (c < text.length()) {
                c += Character.charCount(text.codePointAt(c));
            }
        }
        return offsets;
    }

    private void problem(int lineNo, String reason) {
        problems.add(file + ":" + lineNo, reason);
    }
}
