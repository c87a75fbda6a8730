package dev.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element's text as paragraphs, the way a reader sees them: a block element ({@code p}, {@code div},
 * {@code li}, a heading ...) or two line breaks in a row end a paragraph, one line break is a line break, and
 * whitespace is collapsed. Counts how much of each paragraph is link text and date text, for the callers' filters.
 */
final class Paragraphs implements NodeVisitor {

    /**
     * One paragraph.
     *
     * @param text      collapsed, trimmed, never empty
     * @param chars     its characters other than whitespace
     * @param linkChars how many of those are inside {@code <a>}
     * @param timeChars how many of those are inside {@code <time>}
     * @param heading   whether it is an {@code h1} to {@code h6}
     * @param h1        whether it is an {@code h1}, the page's headline
     */
    record Paragraph(String text, int chars, int linkChars, int timeChars, boolean heading, boolean h1) {
    }

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private final List<Paragraph> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private boolean afterBreak;
    private int chars;
    private int linkChars;
    private int timeChars;
    private int linkDepth;
    private int timeDepth;
    private String heading;

    private Paragraphs() {
    }

    /** The paragraphs of {@code root}, in order. */
    static List<Paragraph> of(Element root) {
        Paragraphs p = new Paragraphs();
        NodeTraversor.traverse(p, root);
        p.flush();
        return p.out;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (name.equals("br")) {
            if (afterBreak) {
                flush();
            } else if (text.length() > 0) {
                text.append('\n');
                pendingSpace = false;
                afterBreak = true;
            }
        } else if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                heading = name;
            }
        } else if (name.equals("a")) {
            linkDepth++;
        } else if (name.equals("time")) {
            timeDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (BLOCKS.contains(name)) {
            flush();
            if (name.equals(heading)) {
                heading = null;
            }
        } else if (name.equals("a")) {
            linkDepth--;
        } else if (name.equals("time")) {
            timeDepth--;
        }
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
                continue;
            }
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(c);
            afterBreak = false;
            chars++;
            linkChars += linkDepth > 0 ? 1 : 0;
            timeChars += timeDepth > 0 ? 1 : 0;
        }
    }

    private void flush() {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            out.add(new Paragraph(t, chars, linkChars, timeChars, heading != null, "h1".equals(heading)));
        }
        text.setLength(0);
        pendingSpace = false;
        afterBreak = false;
        chars = 0;
        linkChars = 0;
        timeChars = 0;
    }
}
