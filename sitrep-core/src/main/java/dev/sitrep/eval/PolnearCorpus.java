package dev.sitrep.eval;

import dev.sitrep.model.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one split of the PolNeAR attribution corpus: a folder with {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann} (brat standoff). When several annotators marked an article, the
 * annotator id first in alphabetical order is used. Files and lines that cannot be used are skipped and reported;
 * a folder without {@code text/} or {@code attributions/} is refused.
 */
public final class PolnearCorpus {

    /**
     * What a split held.
     *
     * @param articles the annotated articles, by id
     * @param problems files and lines that were skipped, with the reason (at most {@value ProblemLog#LIMIT}
     *                 listed)
     */
    public record Result(List<GoldArticle> articles, List<InputProblem> problems) {

        public Result {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }

        public int attributionCount() {
            return articles.stream().mapToInt(a -> a.attributions().size()).sum();
        }
    }

    private static final Pattern ANN_FILE = Pattern.compile("(.+)_([^_]+)\\.ann");

    private PolnearCorpus() {}

    /** The articles of a split; see {@link #read(Path)} for the problems met on the way. */
    public static List<GoldArticle> load(Path dir) {
        return read(dir).articles();
    }

    /**
     * Reads a split folder.
     *
     * @throws IllegalArgumentException when {@code dir} lacks {@code text/} or {@code attributions/}
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static Result read(Path dir) {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException("not a PolNeAR split folder: " + dir
                    + " must contain text/ and attributions/" + (Files.isDirectory(texts) ? "" : " (no text/)")
                    + (Files.isDirectory(anns) ? "" : " (no attributions/)"));
        }
        ProblemLog problems = new ProblemLog();
        Map<String, String> firstAnnotation = new TreeMap<>();
        for (String name : fileNames(anns, ".ann")) {
            Matcher m = ANN_FILE.matcher(name);
            if (!m.matches()) {
                problems.add("attributions/" + name, "name is not ARTICLE_ANNOTATOR.ann");
                continue;
            }
            firstAnnotation.merge(m.group(1), name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (String name : fileNames(texts, ".txt")) {
            String id = name.substring(0, name.length() - ".txt".length());
            if (!firstAnnotation.containsKey(id)) {
                problems.add("text/" + name, "no attributions/" + id + "_*.ann, article skipped");
            }
        }
        List<GoldArticle> articles = new ArrayList<>();
        firstAnnotation.forEach((id, ann) -> {
            GoldArticle article = article(dir, id, ann, problems);
            if (article != null) {
                articles.add(article);
            }
        });
        return new Result(articles, problems.toList());
    }

    /**
     * Every annotation of the articles that more than one annotator marked, one list per article, in annotator
     * order; each {@link GoldArticle} has the article's id. For inter-annotator agreement.
     *
     * @throws IllegalArgumentException when {@code dir} lacks {@code text/} or {@code attributions/}
     */
    public static List<List<GoldArticle>> multiplyAnnotated(Path dir) {
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            throw new IllegalArgumentException("not a PolNeAR split folder: " + dir
                    + " must contain text/ and attributions/");
        }
        Map<String, List<String>> byArticle = new TreeMap<>();
        for (String name : fileNames(dir.resolve("attributions"), ".ann")) {
            Matcher m = ANN_FILE.matcher(name);
            if (m.matches() && Files.isRegularFile(dir.resolve("text").resolve(m.group(1) + ".txt"))) {
                byArticle.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(name);
            }
        }
        ProblemLog problems = new ProblemLog();
        List<List<GoldArticle>> out = new ArrayList<>();
        byArticle.forEach((id, anns) -> {
            if (anns.size() > 1) {
                List<GoldArticle> annotations = new ArrayList<>();
                for (String ann : anns) {
                    GoldArticle a = article(dir, id, ann, problems);
                    if (a != null) {
                        annotations.add(a);
                    }
                }
                if (annotations.size() > 1) {
                    out.add(annotations);
                }
            }
        });
        return out;
    }

    private static GoldArticle article(Path dir, String id, String ann, ProblemLog problems) {
        String textFile = "text/" + id + ".txt";
        String annFile = "attributions/" + ann;
        String text;
        List<String> lines;
        try {
            text = Files.readString(dir.resolve(textFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(textFile, "cannot read the text for " + annFile + ": " + e);
            return null;
        }
        try {
            lines = Files.readAllLines(dir.resolve(annFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(annFile, "cannot read: " + e);
            return null;
        }
        return new GoldArticle(id, text, BratAttributions.parse(lines, text, annFile, problems));
    }

    private static List<String> fileNames(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
