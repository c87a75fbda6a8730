package dev.sitrep.eval;

import dev.sitrep.model.EventType;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads PLV files ({@code PLV_train.tsv} of Hu et al., "Zero-shot Event Coding with the PLOVER ontology"):
 * tab-separated with a header line naming the columns. The columns read are {@code sentence_id},
 * {@code sentence}, {@code marked_sentence} (the sentence with {@code <s>...</s>} around the source and
 * {@code <t>...</t>} around the target; a few sentences mark one of them twice or leave one out) and
 * {@code gold_root} (the PLOVER type; YIELD is CONCEDE); the others are ignored. A line that cannot be read
 * (wrong number of columns, no mark, a mark opened twice or never closed, marks that do not give back the
 * sentence, an unknown type) is reported with its line number and skipped.
 */
public final class PlvGold {

    /** What was read: the records in file order, and the problems of the lines skipped. */
    public record Result(List<PlvRecord> records, List<InputProblem> problems) {

        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private static final List<String> NEEDED = List.of("sentence_id", "sentence", "marked_sentence", "gold_root");

    private PlvGold() {
    }

    /**
     * Reads a PLV file.
     *
     * @throws IllegalArgumentException when the file does not exist, is empty or its header lacks a needed column
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static Result read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads PLV lines from {@code in}; {@code file} names them in messages. */
    static Result parse(BufferedReader in, String file) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException(file + ": empty file, expected a header line");
        }
        String[] names = header.split("\t", -1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            column.putIfAbsent(names[i].strip(), i);
        }
        for (String n : NEEDED) {
            if (!column.containsKey(n)) {
                throw new IllegalArgumentException(file + ":1: the header has no column '" + n + "'");
            }
        }
        ProblemLog problems = new ProblemLog();
        List<PlvRecord> records = new ArrayList<>();
        Map<String, Integer> pairs = new HashMap<>();
        String line;
        int n = 1;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + n;
            String[] cols = line.split("\t", -1);
            if (cols.length != names.length) {
                problems.add(where, cols.length + " columns, the header has " + names.length + "; line skipped");
                continue;
            }
            String sentenceId = cols[column.get("sentence_id")].strip();
            String text = cols[column.get("sentence")];
            Optional<EventType> type = typeOf(cols[column.get("gold_root")]);
            if (sentenceId.isEmpty()) {
                problems.add(where, "no sentence_id; line skipped");
                continue;
            }
            if (type.isEmpty()) {
                problems.add(where, "unknown PLOVER type '" + cols[column.get("gold_root")] + "'; line skipped");
                continue;
            }
            Marks marks = marks(cols[column.get("marked_sentence")]);
            if (marks == null || !marks.text.equals(text)) {
                problems.add(where, "marked_sentence does not mark a source or target of the sentence with "
                        + "<s>...</s> or <t>...</t>; line skipped");
                continue;
            }
            int k = pairs.merge(sentenceId, 1, Integer::sum);
            String id = "PLV-" + sentenceId + (k == 1 ? "" : "-" + k);
            records.add(new PlvRecord(id, sentenceId, text, type.get(), marks.sources, marks.targets));
        }
        return new Result(records, problems.toList());
    }

    /** The PLOVER type of a PLV label; YIELD is the old name of CONCEDE. */
    static Optional<EventType> typeOf(String label) {
        String s = label.strip();
        return s.equalsIgnoreCase("YIELD") ? Optional.of(EventType.CONCEDE) : PloverGold.typeOf(s);
    }

    private record Marks(String text, List<Span> sources, List<Span> targets) {
    }

    /**
     * The sentence without its marks and where the marked phrases are in it; null when nothing is marked or a
     * mark is opened again before it is closed, closed without being opened, or left open. A source and a target
     * may nest ({@code <s><t>Iraqi</t> fighters</s>}).
     */
    static Marks marks(String marked) {
        Objects.requireNonNull(marked, "marked");
        StringBuilder text = new StringBuilder(marked.length());
        List<List<Span>> spans = List.of(new ArrayList<>(), new ArrayList<>());
        int[] open = {-1, -1};
        int i = 0;
        while (i < marked.length()) {
            int tag = -1;
            boolean closing = false;
            for (int w = 0; w < 2 && tag < 0; w++) {
                String name = w == 0 ? "s>" : "t>";
                if (marked.startsWith("<" + name, i)) {
                    tag = w;
                } else if (marked.startsWith("</" + name, i)) {
                    tag = w;
                    closing = true;
                }
            }
            if (tag < 0) {
                text.append(marked.charAt(i++));
            } else if (!closing) {
                if (open[tag] >= 0) {
                    return null;
                }
                open[tag] = text.length();
                i += 3;
            } else {
                if (open[tag] < 0) {
                    return null;
                }
                spans.get(tag).add(new Span(open[tag], text.length()));
                open[tag] = -1;
                i += 4;
            }
        }
        if (open[0] >= 0 || open[1] >= 0 || spans.get(0).isEmpty() && spans.get(1).isEmpty()) {
            return null;
        }
        return new Marks(text.toString(), spans.get(0), spans.get(1));
    }
}
