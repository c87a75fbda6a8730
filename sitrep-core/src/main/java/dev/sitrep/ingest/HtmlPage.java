package dev.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTML page to read, with what is known about it from outside the page. Build with {@link #of(byte[], String)}
 * and the {@code with} methods; only the body and origin are required.
 *
 * @param body              the page's bytes, as served or saved; not copied, so do not change them afterwards
 * @param charset           the charset the server or archive declared ({@code charset=} of the Content-Type), or
 *                          null to take the page's byte order mark or {@code <meta charset>}, else UTF-8
 * @param url               where the page was fetched from, or null (a saved file); its canonical link is then
 *                          used when it has one
 * @param origin            where it was read from, for messages
 * @param fallbackId        the id when neither the URL nor the page's canonical link gives one: a file's name
 * @param fallbackPublished the date when the page states none (an archive's capture date), or null
 */
public record HtmlPage(byte[] body, String charset, String url, String origin, String fallbackId,
        String fallbackPublished) {

    public HtmlPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
    }

    /** A page with only its bytes and origin; the fallback id is {@code page}. */
    public static HtmlPage of(byte[] body, String origin) {
        return new HtmlPage(body, null, null, origin, "page", null);
    }

    /** A page given as text, so its charset is known. */
    public static HtmlPage of(String html, String origin) {
        return new HtmlPage(html.getBytes(StandardCharsets.UTF_8), "UTF-8", null, origin, "page", null);
    }

    public HtmlPage withCharset(String declared) {
        return new HtmlPage(body, declared, url, origin, fallbackId, fallbackPublished);
    }

    public HtmlPage withUrl(String pageUrl) {
        return new HtmlPage(body, charset, pageUrl, origin, fallbackId, fallbackPublished);
    }

    public HtmlPage withFallbackId(String id) {
        return new HtmlPage(body, charset, url, origin, id, fallbackPublished);
    }

    public HtmlPage withFallbackPublished(String published) {
        return new HtmlPage(body, charset, url, origin, fallbackId, published);
    }
}
