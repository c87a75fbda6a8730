package dev.sitrep.eval;

import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One gold attribution relation: who (source) said (cue) what (content). Each piece may be discontinuous, so it
 * is a list of spans in text order; a piece the annotator did not mark is an empty list.
 *
 * @param content what was attributed
 * @param source  who it is attributed to
 * @param cue     the word or phrase that signals the attribution ("said", "according to")
 * @param direct  whether the content is a direct quote, by the rule of {@link QuoteMarks#isDirect(List)}
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue, boolean direct) {

    public GoldAttribution {
        content = sorted(content);
        source = sorted(source);
        cue = sorted(cue);
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }

    /** The content spans with overlapping or touching spans joined, in text order. */
    public List<Span> contentUnion() {
        return union(content);
    }

    /** Number of characters the content covers, each counted once. */
    public int contentLength() {
        return contentUnion().stream().mapToInt(Span::length).sum();
    }

    /** Number of characters of {@code span} that fall inside the content. */
    public int contentOverlap(Span span) {
        return contentUnion().stream().mapToInt(span::overlap).sum();
    }

    public String contentText(String text) {
        return join(content, text);
    }

    /** The source's words, pieces joined by one space; empty when there is no source. */
    public String sourceText(String text) {
        return join(source, text);
    }

    private static String join(List<Span> spans, String text) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted().toList();
    }

    static List<Span> union(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans.stream().sorted(Comparator.naturalOrder()).toList()) {
            int last = merged.size() - 1;
            if (last >= 0 && s.start() <= merged.get(last).end()) {
                Span prev = merged.get(last);
                merged.set(last, new Span(prev.start(), Math.max(prev.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return List.copyOf(merged);
    }
}
