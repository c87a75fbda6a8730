package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the article in an HTML page: its main text as blank-line-separated paragraphs, without navigation, banners,
 * ads, comments, related-story lists and footers (see {@link MainContent} for how), and its title, author,
 * publication date and URL from the page's metadata (see {@link PageMetadata}).
 *
 * <p>A page without an article (an index or error page, a page that is mostly links, binary data, text that is
 * not readable in the declared charset) is reported as an {@link InputProblem}; nothing here throws on bad input.
 * The id is a slug of the URL ({@code /world/2024/bridge-reopens.html} gives {@code bridge-reopens}), else the
 * page's fallback id. Thread-safe; parsing holds the whole page in memory, so pages are bounded by
 * {@link IngestLimits#maxFileBytes()}.
 */
public final class HtmlArticles {

    /** Less article text than this, in characters, and a page is taken to have no article. */
    public static final int MIN_TEXT_CHARS = MainContent.MIN_ARTICLE_CHARS;

    /** A page with at least this many linked headlines, and at most three paragraphs a headline, is an index. */
    static final int INDEX_HEADLINES = 3;

    private static final Set<String> GENERIC_SEGMENTS = Set.of("index", "default", "article", "story", "news",
            "amp", "print", "content", "page", "post");

    private final IngestLimits limits;

    public HtmlArticles(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The article in {@code page}, or empty after giving {@code problems} the reason there is none. */
    public Optional<SourceDocument> read(HtmlPage page, Consumer<InputProblem> problems) {
        String[] reason = new String[1];
        Optional<SourceDocument> doc = extract(page, r -> reason[0] = r);
        if (doc.isEmpty()) {
            problems.accept(new InputProblem(page.origin(), reason[0]));
        }
        return doc;
    }

    /** The article, or empty after giving {@code why} the reason; for callers with a fallback of their own. */
    Optional<SourceDocument> extract(HtmlPage page, Consumer<String> why) {
        byte[] body = page.body();
        if (body.length == 0) {
            return refuse(why, "empty page");
        }
        if (body.length > limits.maxFileBytes()) {
            return refuse(why, "page is " + body.length + " bytes, over the limit of " + limits.maxFileBytes()
                    + " (--max-file-bytes)");
        }
        boolean utf16 = body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF));
        if (!utf16 && PlainTextReader.looksBinary(body, body.length)) {
            return refuse(why, "binary data, not an HTML page");
        }
        String base = page.url() == null ? "" : page.url();
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), supported(page.charset()), base);
        } catch (IOException | UncheckedIOException | IllegalCharsetNameException e) {
            return refuse(why, "cannot parse the page: " + Reasons.oneLine(String.valueOf(e.getMessage())));
        }
        PageMetadata meta = PageMetadata.of(doc);
        MainContent.Found found = MainContent.find(doc, meta.title());
        if (found.linkedHeadings() >= INDEX_HEADLINES && found.linkedHeadings() * 3 >= found.paragraphs().size()) {
            return refuse(why, "no article: the page lists " + found.linkedHeadings()
                    + " linked headlines (an index page?)");
        }
        if (found.chars() < MIN_TEXT_CHARS) {
            if (found.pageChars() < MIN_TEXT_CHARS) {
                return refuse(why, "no article text: the page has " + found.pageChars()
                        + " characters of text, fewer than " + MIN_TEXT_CHARS);
            }
            return refuse(why, "no article text: the page's " + found.pageChars() + " characters of text are links,"
                    + " menus and fragments (an index, navigation or error page?)");
        }
        String text = found.text();
        String unreadable = unreadable(text, doc.charset());
        if (unreadable != null) {
            return refuse(why, unreadable);
        }
        if (text.length() > limits.maxArticleChars()) {
            return refuse(why, Reasons.overArticleLimit(text.length(), limits.maxArticleChars()));
        }
        String url = page.url() != null ? page.url() : meta.url();
        String id = idFromUrl(url);
        String published = meta.published() != null ? meta.published() : Dates.iso(page.fallbackPublished());
        String title = found.headline() != null ? found.headline() : meta.title();
        return Optional.of(new SourceDocument(id != null ? id : page.fallbackId(), url, title, meta.author(),
                published, text, page.origin()));
    }

    private static Optional<SourceDocument> refuse(Consumer<String> why, String reason) {
        why.accept(reason);
        return Optional.empty();
    }

    /** {@code name} when Java knows the charset, else null so the page's own declaration is read. */
    private static String supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(name.strip()) ? name.strip() : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /**
     * Why {@code text} is not readable, or null when it is: more than one character in twenty is a replacement
     * character (bytes that are not text in the charset), or fewer than six tokens in ten are words.
     */
    static String unreadable(String text, Charset charset) {
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced * 20 > text.length()) {
            return "not readable text: " + replaced + " of " + text.length() + " characters are not valid "
                    + charset.name();
        }
        String[] tokens = text.strip().split("\\s+");
        int words = 0;
        for (String token : tokens) {
            if (isWord(token)) {
                words++;
            }
        }
        if (words * 10L < tokens.length * 6L) {
            return "not readable text: only " + words + " of " + tokens.length + " tokens are words";
        }
        return null;
    }

    private static boolean isWord(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = token.charAt(i);
            boolean inner = c == '.' || c == ',' || c == '\'' || c == '\u2019' || c == '-' || c == '/' || c == '&';
            if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK && !inner) {
                return false;
            }
        }
        return true;
    }

    /**
     * A display id from a URL: its last meaningful path segment, lower-cased, without extension, in letters,
     * digits, {@code .}, {@code _} and {@code -}; a generic or numeric last segment ({@code index.html},
     * {@code 12345}) is prefixed with the one before; the host when the path has none. Null for no URL.
     */
    public static String idFromUrl(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String s : (uri.getPath() == null ? "" : uri.getPath()).split("/")) {
            String slug = slug(s.replaceFirst("(?i)\\.(s?html?|php\\d?|aspx?|jsp|cms|rss|atom|xml)$", ""));
            if (!slug.isEmpty()) {
                segments.add(slug);
            }
        }
        while (!segments.isEmpty() && GENERIC_SEGMENTS.contains(segments.get(segments.size() - 1))
                && segments.size() > 1) {
            segments.remove(segments.size() - 1);
        }
        if (segments.isEmpty()) {
            String host = uri.getHost() == null ? "" : slug(uri.getHost().replaceFirst("^www\\.", ""));
            return host.isEmpty() ? null : host;
        }
        String last = segments.get(segments.size() - 1);
        if (last.chars().allMatch(Character::isDigit) && segments.size() > 1) {
            last = segments.get(segments.size() - 2) + "-" + last;
        }
        return last.length() > 120 ? last.substring(0, 120) : last;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }
}
