package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads what comes from the web: an http(s) URL (an HTML page or a feed, told apart by Content-Type and, when that
 * says nothing useful, by the first bytes) and the items of a feed. Each feed item becomes an article: its link is
 * fetched and the page's article extracted, published date and title taken from the item when it has them; when
 * the item has no link, or the page cannot be fetched or holds no article, the item's own text is the article if it
 * has at least {@link #MIN_ITEM_CHARS} characters; else the item is reported. Not thread-safe.
 */
final class WebReader {

    /** The least text a feed item needs to stand as an article on its own. */
    static final int MIN_ITEM_CHARS = 200;

    private final IngestLimits limits;
    private final HtmlArticles html;
    private final Supplier<Fetcher> fetcher;
    private final Consumer<InputProblem> problems;

    WebReader(IngestLimits limits, HtmlArticles html, Supplier<Fetcher> fetcher, Consumer<InputProblem> problems) {
        this.limits = limits;
        this.html = html;
        this.fetcher = fetcher;
        this.problems = problems;
    }

    /** Fetches {@code url} and reads it as a page or a feed; its origin is the URL as given. */
    void readUrl(String url, Consumer<SourceDocument> out) {
        Fetched fetched;
        try {
            fetched = fetcher.get().fetch(url);
        } catch (FetchException e) {
            problems.accept(e.toProblem(url));
            return;
        }
        String media = HttpBodies.mediaType(fetched.contentType());
        byte[] body = fetched.body();
        String fallbackId = Optional.ofNullable(HtmlArticles.idFromUrl(url)).orElse("page");
        if (HttpBodies.isHtml(media) || !HttpBodies.isFeedOrXml(media) && HttpBodies.looksLikeHtml(body)) {
            html.read(new HtmlPage(body, HttpBodies.charset(fetched.contentType()), fetched.finalUrl(), url,
                    fallbackId, null), problems).ifPresent(out);
        } else if (HttpBodies.isFeedOrXml(media) || HttpBodies.looksLikeXml(body)) {
            FeedParser.parse(new ByteArrayInputStream(body), url, fetched.finalUrl(), problems)
                    .ifPresent(feed -> readFeed(feed, url, fallbackId, out));
        } else {
            problems.accept(new InputProblem(url, "neither an HTML page nor a feed: Content-Type "
                    + (fetched.contentType() == null ? "missing" : Reasons.oneLine(fetched.contentType()))));
        }
    }

    /** Reads every item of {@code feed} as an article; {@code origin:line} names each item. */
    void readFeed(Feed feed, String origin, String idBase, Consumer<SourceDocument> out) {
        if (feed.items().isEmpty()) {
            problems.accept(new InputProblem(origin, "the feed has no items"));
            return;
        }
        int n = 0;
        for (FeedItem item : feed.items()) {
            n++;
            readItem(item, origin + ":" + item.line(), idBase + "-" + n, out);
        }
    }

    private void readItem(FeedItem item, String where, String fallbackId, Consumer<SourceDocument> out) {
        String failure = null;
        if (item.link() != null) {
            String[] why = new String[1];
            Optional<SourceDocument> page = page(item, where, fallbackId, reason -> why[0] = reason);
            if (page.isPresent()) {
                SourceDocument doc = page.get();
                out.accept(new SourceDocument(doc.id(), doc.url(), first(item.title(), doc.title()),
                        first(doc.author(), item.author()), first(item.published(), doc.published()), doc.text(),
                        where));
                return;
            }
            failure = why[0];
        }
        String text = item.text();
        if (text != null && text.length() >= MIN_ITEM_CHARS) {
            if (text.length() > limits.maxArticleChars()) {
                problems.accept(new InputProblem(where, Reasons.overArticleLimit(text.length(),
                        limits.maxArticleChars())));
                return;
            }
            String id = first(HtmlArticles.idFromUrl(item.link()), HtmlArticles.idFromUrl(PageMetadata.httpUrl(
                    item.id())));
            out.accept(new SourceDocument(id == null ? fallbackId : id, item.link(), item.title(), item.author(),
                    item.published(), text, where));
            return;
        }
        String own = text == null ? "no text of its own" : "only " + text.length() + " characters of text of its own";
        problems.accept(new InputProblem(where, (failure == null ? "the item has no link and " : failure
                + "; the item has ") + own + ", fewer than " + MIN_ITEM_CHARS));
    }

    /** The article on the item's page, or empty after giving {@code why} the reason. */
    private Optional<SourceDocument> page(FeedItem item, String where, String fallbackId, Consumer<String> why) {
        Fetched fetched;
        try {
            fetched = fetcher.get().fetch(item.link());
        } catch (FetchException e) {
            why.accept(e.getMessage());
            return Optional.empty();
        }
        String media = HttpBodies.mediaType(fetched.contentType());
        if (!HttpBodies.isHtml(media) && !(media == null && HttpBodies.looksLikeHtml(fetched.body()))) {
            why.accept(item.link() + ": not an HTML page (Content-Type " + fetched.contentType() + ")");
            return Optional.empty();
        }
        HtmlPage page = new HtmlPage(fetched.body(), HttpBodies.charset(fetched.contentType()), fetched.finalUrl(),
                where, fallbackId, item.published());
        return html.extract(page, reason -> why.accept(item.link() + ": " + reason));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
