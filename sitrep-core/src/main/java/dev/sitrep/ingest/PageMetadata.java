package dev.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article in its markup: title, author, publication date, canonical URL and site name,
 * from {@code <meta>} tags (Open Graph, article:*, Dublin Core, schema.org microdata), JSON-LD and the visible
 * headline, byline and {@code <time>}. Read before the page is cleaned, since most of it lives in the head and in
 * scripts.
 *
 * @param title     the headline without an obvious site-name suffix, or null
 * @param author    the byline without "By", or null
 * @param published ISO-8601 (see {@link Dates}), or null
 * @param url       the page's canonical http(s) URL, or null
 * @param siteName  the publication's name, or null
 */
record PageMetadata(String title, String author, String published, String url, String siteName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Separators between a headline and a site name in a title: {@code |}, dashes, {@code ::}, {@code ·}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|\u2013|\u2014|::|\u00b7|\u00bb)\\s+");

    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+|^(?i:von)\\s+");

    private static final int LONGEST_AUTHOR = 120;

    static PageMetadata of(Document doc) {
        Map<String, String> meta = metaTags(doc);
        JsonNode ld = jsonLdArticle(doc);
        String siteName = first(meta.get("og:site_name"), meta.get("application-name"),
                text(ld, "publisher", "name"));
        Element h1 = headline(doc);
        String h1Text = h1 == null ? null : blankToNull(h1.text());
        String title = first(meta.get("og:title"), meta.get("twitter:title"), text(ld, "headline"), h1Text,
                blankToNull(doc.title()));
        String url = first(httpUrl(doc.select("link[rel=canonical]").attr("abs:href")), httpUrl(meta.get("og:url")));
        String hostUrl = url != null ? url : httpUrl(doc.location());
        return new PageMetadata(title == null ? null : cleanTitle(title, siteName, h1Text, hostUrl),
                author(doc, meta, ld), published(doc, meta, ld), url, siteName);
    }

    /** {@code <meta>} contents by lower-cased property, name or itemprop; the first non-blank one wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = blankToNull(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String k = m.attr(key).trim().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    tags.putIfAbsent(k, content.strip());
                }
            }
        }
        return tags;
    }

    /** The first JSON-LD object typed as an article (NewsArticle, BlogPosting, ...), or null. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // broken JSON-LD is common and not worth a problem: the page has other metadata
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.textValue());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        for (String t : types) {
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting") || t.equals("Report")) {
                return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    /** The text at {@code path} in a JSON-LD object, or null. */
    private static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String step : path) {
            if (n == null) {
                return null;
            }
            n = n.isArray() && n.size() > 0 ? n.get(0).get(step) : n.get(step);
        }
        return n != null && n.isTextual() ? blankToNull(n.textValue()) : null;
    }

    /** The article's {@code h1} when the page has one in an {@code <article>}, else the page's first. */
    private static Element headline(Document doc) {
        Element inArticle = doc.selectFirst("article h1, [itemprop=articleBody] h1");
        return inArticle != null ? inArticle : doc.selectFirst("h1");
    }

    private static String author(Document doc, Map<String, String> meta, JsonNode ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ldAuthors(ld == null ? null : ld.get("author")));
        candidates.add(meta.get("author"));
        candidates.add(meta.get("article:author"));
        candidates.add(meta.get("byl"));
        candidates.add(meta.get("dc.creator"));
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            candidates.add(name != null ? first(name.attr("content"), name.text())
                    : first(e.attr("content"), e.text()));
        }
        doc.select("a[rel=author], .byline, .author, .author-name").forEach(e -> candidates.add(e.text()));
        for (String c : candidates) {
            String cleaned = cleanAuthor(c);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return null;
    }

    private static String ldAuthors(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isTextual()) {
            return author.textValue();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : JSON.createArrayNode().add(author)) {
            String name = a.isTextual() ? a.textValue() : text(a, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A byline without "By" and stray punctuation; null when it is blank, a URL or too long to be names. */
    static String cleanAuthor(String stated) {
        if (stated == null) {
            return null;
        }
        String s = stated.replaceAll("\\s+", " ").strip();
        s = BY.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s,;:|\u2013\u2014-]+|[\\s,;:|\u2013\u2014-]+$", "");
        if (s.isEmpty() || s.length() > LONGEST_AUTHOR || s.startsWith("http://") || s.startsWith("https://")) {
            return null;
        }
        return s;
    }

    private static String published(Document doc, Map<String, String> meta, JsonNode ld) {
        List<String> candidates = new ArrayList<>();
        for (String key : List.of("article:published_time", "og:article:published_time", "og:published_time",
                "datepublished", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued",
                "dc.date", "dcterms.created", "date", "parsely-pub-date", "sailthru.date")) {
            candidates.add(meta.get(key));
        }
        candidates.add(text(ld, "datePublished"));
        for (Element e : doc.select("[itemprop=datePublished]:not(meta)")) {
            candidates.add(first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")), e.text()));
        }
        doc.select("time[pubdate][datetime], article time[datetime]").forEach(t -> candidates.add(t.attr("datetime")));
        for (String c : candidates) {
            String iso = Dates.iso(c);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /**
     * The title without a site name before or after a separator ({@code Headline | Site}), where that is plain:
     * the part equal to the page's {@code h1}; else the site name stripped from either end, the site name being
     * stated or the URL's host ({@code dailyexample} in {@code www.dailyexample.org}); else a final
     * {@code | part} of at most three words after at least three.
     */
    static String cleanTitle(String title, String siteName, String h1, String url) {
        String t = title.replaceAll("\\s+", " ").strip();
        List<int[]> seps = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(t);
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        String heading = h1 == null ? null : h1.replaceAll("\\s+", " ").strip();
        for (int[] sep : seps) {
            if (t.substring(0, sep[0]).equals(heading) || t.substring(sep[1]).equals(heading)) {
                return heading;
            }
        }
        String host = hostLabel(url);
        int start = 0;
        int end = t.length();
        int first = 0;
        int last = seps.size() - 1;
        while (last >= first && isSite(t.substring(seps.get(last)[1], end), siteName, host)) {
            end = seps.get(last--)[0];
        }
        while (first <= last && isSite(t.substring(start, seps.get(first)[0]), siteName, host)) {
            start = seps.get(first++)[1];
        }
        if (start == 0 && end == t.length()) {
            int[] sep = seps.get(seps.size() - 1);
            boolean pipe = t.substring(sep[0], sep[1]).strip().equals("|");
            if (pipe && words(t.substring(sep[1])) <= 3 && words(t.substring(0, sep[0])) >= 3) {
                end = sep[0];
            }
        }
        return t.substring(start, end).strip();
    }

    private static boolean isSite(String part, String siteName, String host) {
        String p = part.strip();
        if (siteName != null && p.equalsIgnoreCase(siteName.strip())) {
            return true;
        }
        String letters = p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return host != null && letters.length() >= 4 && (letters.equals(host) || host.contains(letters)
                || letters.contains(host) && host.length() >= 5);
    }

    /** The host of {@code url} without {@code www.} and its last label, letters and digits only, or null. */
    private static String hostLabel(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            int dot = host.lastIndexOf('.');
            String label = (dot > 0 ? host.substring(0, dot) : host).replaceAll("[^\\p{L}\\p{N}]", "");
            return label.length() >= 4 ? label : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** {@code url} when it is an absolute http(s) URL, else null. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
