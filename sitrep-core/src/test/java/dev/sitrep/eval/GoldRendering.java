package dev.sitrep.eval;

import dev.sitrep.model.Span;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compact, readable renderings of gold data for assertions, and the test fixture's location. */
final class GoldRendering {

    private GoldRendering() {}

    /** The two-article split under {@code src/test/resources/dev/sitrep/eval/polnear-mini}. */
    static Path miniSplit() {
        try {
            return Path.of(GoldRendering.class.getResource("polnear-mini").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per attribution: {@code direct [86,179] "..." source="Lindqvist" cue="told"}. */
    static String render(GoldArticle article) {
        String text = article.text();
        return article.attributions().stream()
                .map(a -> (a.direct() ? "direct" : "indirect") + " " + spans(a.content()) + " \""
                        + a.contentText(text) + "\" source=" + (a.hasSource() ? "\"" + a.sourceText(text) + "\""
                        : "none") + " cue=\"" + String.join(" ", a.cue().stream().map(s -> s.of(text)).toList())
                        + "\"")
                .collect(Collectors.joining("\n"));
    }

    static String spans(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "," + s.end()).collect(Collectors.joining(";", "[", "]"));
    }
}
