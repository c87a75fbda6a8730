package dev.sitrep.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a page. Three steps:
 *
 * <ol>
 *   <li><b>Clean</b>: drop what is never article text: scripts, styles, forms, embeds, navigation, headers,
 *       footers, asides, figures, hidden elements, ARIA landmarks other than main, and elements whose class or id
 *       says cookie banner, ad, share bar, comments, related stories, newsletter, sidebar, byline and the like
 *       (unless they also say article, body, content, story ... and are not mostly links, or hold the article).</li>
 *   <li><b>Choose</b>: the page's {@code [itemprop=articleBody]} if it holds an article's worth of text; else its
 *       {@code <article>} with the most text, if that holds at least half what scoring finds; else the best scored
 *       block, searched inside {@code <main>} first. Scoring: every block with 25 or more characters of its own
 *       text scores 1, plus 1 per comma, plus 1 per 100 characters up to 3; the score goes to the block's parent in
 *       full, its grandparent in half and the next ancestor in a third (and to the block itself when it is not a
 *       paragraph, so text held directly in a {@code div} counts), and each block's total is scaled by the share of
 *       its text that is not links. Siblings of the winner with a fifth of its score, or that are long paragraphs
 *       with few links, join it.</li>
 *   <li><b>Render</b>: block elements and double line breaks end paragraphs, whitespace is collapsed; then
 *       paragraphs that are mostly links, only a date, the {@code h1} headline or an "Advertisement"-style label are
 *       dropped, as are headings with no paragraph after them.</li>
 * </ol>
 *
 * <p>Mutates the document it is given.
 */
final class MainContent {

    /** Less kept text than this, in characters, and a block is not an article. */
    static final int MIN_ARTICLE_CHARS = 200;

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " video, audio, picture, map, form, button, input, select, textarea, nav, aside, footer, header, dialog,"
            + " menu, figure, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu], [role=menubar],"
            + " [role=toolbar]";

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|\u2013|\u2014|::|\u00b7|\u00bb)\\s+");

    /** A byline standing alone: "By" and a few capitalised words, no full stop. */
    private static final Pattern BYLINE = Pattern.compile("(?i:by|von)\\s+\\p{Lu}[^.!?]{0,80}");

    /** Class and id word stems that mark boilerplate. */
    private static final List<String> NEGATIVE_STEMS = List.of("comment", "cookie", "consent", "gdpr", "advert",
            "adslot", "adunit", "adsense", "adsby", "adwrap", "adcontainer", "sponsor", "promo", "newsletter",
            "subscri", "signup", "share", "sharing", "social", "related", "recommend", "popular", "trending",
            "mostread", "sidebar", "widget", "footer", "masthead", "menu", "breadcrumb", "pagination", "pager",
            "popup", "modal", "overlay", "outbrain", "taboola", "disqus", "banner", "toolbar", "navbar",
            "navigation", "byline", "dateline", "timestamp", "skiplink", "paywall", "donate", "caption");

    /** Class and id words that mark boilerplate only as whole words ("ad" but not "address"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "nav", "tags", "tag", "header", "rail",
            "aside", "author", "authors", "date", "pubdate", "meta", "print", "hidden", "skip", "more");

    private static final List<String> POSITIVE_STEMS = List.of("article", "body", "content", "entry", "main",
            "post", "story", "text", "hentry", "prose");

    private static final Set<String> LABELS = Set.of("advertisement", "advertising", "ad", "sponsored",
            "sponsored content", "share", "share this", "share this article", "share on facebook", "read more",
            "continue reading", "story continues below", "story continues below advertisement", "related",
            "related articles", "related stories", "read next", "subscribe", "sign up", "skip to content",
            "skip advertisement", "more on this story");

    /**
     * What the article's text turned out to be.
     *
     * @param paragraphs     the article's paragraphs, possibly none
     * @param headline       a dropped paragraph that was the title without its site name, or null
     * @param linkedHeadings how many headings in the chosen block are links: many mean a list of stories
     * @param pageChars      how much text the cleaned page holds, for messages
     */
    record Found(List<String> paragraphs, String headline, int linkedHeadings, int pageChars) {

        int chars() {
            return MainContent.chars(paragraphs);
        }

        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /**
     * The article text of {@code doc}, possibly empty; {@code doc} is cleaned on the way. A paragraph that repeats
     * {@code title} (the headline in a plain {@code div}) is not text.
     */
    static Found find(Document doc, String title) {
        return new MainContent(title).find(doc);
    }

    /** The most {@code <article>} elements compared; more are ignored, so that nesting cannot cost quadratic time. */
    private static final int MAX_ARTICLES = 20;

    private final String title;
    private String headline;
    /** Per element: its characters of text (not whitespace) and how many of those are inside links. */
    private Map<Element, int[]> stats = Map.of();

    private MainContent(String title) {
        this.title = title == null ? null : title.strip();
    }

    private Found find(Document doc) {
        Element body = doc.body();
        clean(body);
        stats = textStats(body);
        int pageChars = body.text().length();
        Element articleBody = largest(body.select("[itemprop=articleBody]"));
        if (articleBody != null && chars(kept(List.of(articleBody))) >= MIN_ARTICLE_CHARS) {
            return found(List.of(articleBody), pageChars);
        }
        Element main = body.selectFirst("main, [role=main]");
        List<Element> scored = main == null ? List.of() : scored(main);
        if (chars(kept(scored)) < MIN_ARTICLE_CHARS) {
            scored = scored(body);
        }
        Elements articles = body.select("article");
        Element article = largest(articles.size() > MAX_ARTICLES ? new Elements(articles.subList(0, MAX_ARTICLES))
                : articles);
        if (article != null) {
            int articleChars = chars(kept(List.of(article)));
            if (articleChars >= MIN_ARTICLE_CHARS && articleChars * 2 >= chars(kept(scored))) {
                return found(List.of(article), pageChars);
            }
        }
        return found(scored, pageChars);
    }

    private Found found(List<Element> blocks, int pageChars) {
        int linkedHeadings = 0;
        for (Element block : blocks) {
            for (Element h : block.select("h2, h3, h4")) {
                if (chars(h) > 0 && linkShare(h) > 0.5) {
                    linkedHeadings++;
                }
            }
        }
        headline = null;
        List<String> paragraphs = kept(blocks);
        return new Found(paragraphs, headline, linkedHeadings, pageChars);
    }

    /** The element among {@code elements} whose rendered text keeps the most characters, or null. */
    private Element largest(Elements elements) {
        Element best = null;
        int bestChars = -1;
        for (Element e : elements) {
            int chars = chars(kept(List.of(e)));
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
        }
        return best;
    }

    private void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        body.select("[style]").stream().filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find()).toList()
                .forEach(Element::remove);
        stats = textStats(body);
        Set<Element> holdArticles = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element semantic : body.select("article, main, [role=main], [itemprop=articleBody]")) {
            for (Element e = semantic; e != null && holdArticles.add(e); e = e.parent()) {
                // marks the element and its ancestors, stopping where an earlier one marked the rest
            }
        }
        int pageChars = chars(body);
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && !holdArticles.contains(e) && chars(e) * 10L <= pageChars * 6L
                    && isBoilerplate(e)) {
                e.remove();
            }
        }
    }

    /**
     * Whether the class or id of {@code e} says boilerplate, and does not also say article text, or does but the
     * element is mostly links.
     */
    private boolean isBoilerplate(Element e) {
        boolean negative = false;
        boolean positive = false;
        for (String word : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            negative |= NEGATIVE_WORDS.contains(word) || NEGATIVE_STEMS.stream().anyMatch(word::startsWith);
            positive |= POSITIVE_STEMS.stream().anyMatch(word::startsWith);
        }
        return negative && (!positive || linkShare(e) > 0.5);
    }

    /** The best scored block with the siblings that join it, in page order; empty when nothing scored. */
    private List<Element> scored(Element scope) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : scope.getAllElements()) {
            if (!Paragraphs.BLOCKS.contains(e.normalName())) {
                continue;
            }
            String own = ownText(e);
            if (own.length() < 25) {
                continue;
            }
            double score = 1 + own.chars().filter(c -> c == ',' || c == '\uff0c').count()
                    + Math.min(own.length() / 100, 3);
            if (!e.normalName().equals("p")) {
                scores.merge(e, score, Double::sum);
            }
            Element ancestor = e.parent();
            double[] shares = {1, 0.5, 1.0 / 3};
            for (int level = 0; level < shares.length && ancestor != null && ancestor != scope.parent(); level++) {
                scores.merge(ancestor, score * shares[level], Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : scope.getAllElements()) {
            Double raw = scores.get(e);
            if (raw != null) {
                double score = raw * (1 - linkShare(e));
                scores.put(e, score);
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        if (best.parent() == null || best == scope) {
            return List.of(best);
        }
        List<Element> joined = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || joins(sibling, scores.getOrDefault(sibling, 0.0), bestScore)) {
                joined.add(sibling);
            }
        }
        return joined;
    }

    private boolean joins(Element sibling, double score, double bestScore) {
        if (score >= Math.max(10, bestScore * 0.2)) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = linkShare(sibling);
        return text.length() >= 80 && links < 0.25 || text.length() > 0 && links == 0 && text.endsWith(".");
    }

    /** The text directly in {@code e}: its text nodes and inline children, not its block children. */
    private static String ownText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element c && !Paragraphs.BLOCKS.contains(c.normalName())) {
                text.append(c.text());
            }
        }
        return text.toString().strip();
    }

    /** The share of {@code e}'s text inside links, 0 for an element without text or not counted. */
    private double linkShare(Element e) {
        int[] counts = stats.get(e);
        return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** The characters of text in {@code e}, whitespace not counted. */
    private int chars(Element e) {
        int[] counts = stats.get(e);
        return counts == null ? 0 : counts[0];
    }

    /**
     * Counts, for every element under {@code root}, its characters of text other than whitespace and how many of
     * them are inside links: one pass, each element adding its counts to its parent's when it is left.
     */
    private static Map<Element, int[]> textStats(Element root) {
        Map<Element, int[]> stats = new IdentityHashMap<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new int[2]);
                    linkDepth[0] += e.normalName().equals("a") ? 1 : 0;
                } else if (node instanceof TextNode t && t.parent() instanceof Element parent) {
                    int[] counts = stats.get(parent);
                    int n = (int) t.getWholeText().chars().filter(c -> !Character.isWhitespace(c)).count();
                    counts[0] += n;
                    counts[1] += linkDepth[0] > 0 ? n : 0;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    linkDepth[0] -= e.normalName().equals("a") ? 1 : 0;
                    int[] parent = e == root ? null : stats.get(e.parent());
                    if (parent != null) {
                        int[] counts = stats.get(e);
                        parent[0] += counts[0];
                        parent[1] += counts[1];
                    }
                }
            }
        }, root);
        return stats;
    }

    /** The paragraphs of {@code blocks} that are article text. */
    private List<String> kept(List<Element> blocks) {
        List<Paragraphs.Paragraph> all = new ArrayList<>();
        for (Element block : blocks) {
            all.addAll(Paragraphs.of(block));
        }
        List<Paragraphs.Paragraph> kept = new ArrayList<>();
        for (Paragraphs.Paragraph p : all) {
            if (p.linkChars() * 2 > p.chars() || p.timeChars() >= p.chars() || p.h1()
                    || LABELS.contains(label(p.text())) || BYLINE.matcher(p.text()).matches()
                    || isHeadline(p.text())) {
                continue;
            }
            kept.add(p);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            boolean followed = i + 1 < kept.size() && !kept.get(i + 1).heading();
            if (!kept.get(i).heading() || followed) {
                texts.add(kept.get(i).text());
            }
        }
        return texts;
    }

    /**
     * Whether {@code paragraph} repeats the title: all of it, or its part before a separator ({@code Headline -
     * Site}), which is then remembered as the headline.
     */
    private boolean isHeadline(String paragraph) {
        if (title == null) {
            return false;
        }
        if (paragraph.equalsIgnoreCase(title)) {
            return true;
        }
        int n = paragraph.length();
        if (n >= 10 && title.length() > n + 2 && title.regionMatches(true, 0, paragraph, 0, n)
                && TITLE_SEPARATOR.matcher(title.substring(n)).lookingAt()) {
            headline = paragraph;
            return true;
        }
        return false;
    }

    private static int chars(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** A short paragraph lower-cased without punctuation, to compare with the labels; longer ones never match. */
    private static String label(String text) {
        if (text.length() > 40) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
