package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Parses RSS 2.0 (and 0.9x), RSS 1.0 and Atom 1.0 feeds with the JDK's StAX parser, configured so that a feed can
 * read nothing but itself: no DTDs, no external entities, no external DTD or schema access, and a resolver that
 * refuses everything. An entity a feed declares for itself is therefore an error too, as is HTML's {@code &nbsp;}.
 *
 * <p>A document that is not XML, or XML that is not RSS or Atom, is reported as an {@link InputProblem} with the
 * parser's line and column; nothing here throws on bad input. Elements the parser does not know are skipped.
 * Thread-safe: the parser factory is configured once and only creates readers.
 */
public final class FeedParser {

    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";

    private static final XMLInputFactory FACTORY = safeFactory();

    private FeedParser() {
    }

    /**
     * The feed in {@code in}, or empty after reporting why it is not one.
     *
     * @param origin  names the feed in problems
     * @param baseUrl the feed's own URL, against which relative item links are resolved; null for a file, whose
     *                relative links are then dropped
     */
    public static Optional<Feed> parse(InputStream in, String origin, String baseUrl,
            Consumer<InputProblem> problems) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            Optional<Feed.Format> format = rootFormat(r);
            if (format.isEmpty()) {
                problems.accept(new InputProblem(origin, "not an RSS or Atom feed: the root element is <"
                        + r.getLocalName() + ">"));
                return Optional.empty();
            }
            return Optional.of(new Reading(r, format.get(), baseUrl).feed());
        } catch (XMLStreamException e) {
            problems.accept(new InputProblem(origin, "not a valid feed: " + describe(e)));
            return Optional.empty();
        } finally {
            close(r);
        }
    }

    /** The feed format of a document, by its root element; empty when it is not XML or not a feed. */
    public static Optional<Feed.Format> format(byte[] document) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            return rootFormat(r);
        } catch (XMLStreamException e) {
            return Optional.empty();
        } finally {
            close(r);
        }
    }

    private static Optional<Feed.Format> rootFormat(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, processing instructions, a DOCTYPE that is not read
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("no root element", r.getLocation());
        }
        return switch (r.getLocalName()) {
            case "rss" -> Optional.of(Feed.Format.RSS);
            case "RDF" -> Optional.of(Feed.Format.RSS_1);
            case "feed" -> Optional.of(Feed.Format.ATOM);
            default -> Optional.empty();
        };
    }

    /** One feed being read, the reader positioned on its root element. */
    private static final class Reading {

        private final XMLStreamReader r;
        private final Feed.Format format;
        private final String base;

        Reading(XMLStreamReader r, Feed.Format format, String base) {
            this.r = r;
            this.format = format;
            this.base = base;
        }

        Feed feed() throws XMLStreamException {
            String itemName = format == Feed.Format.ATOM ? "entry" : "item";
            int feedLevel = format == Feed.Format.ATOM ? 1 : 2;
            List<FeedItem> items = new ArrayList<>();
            String title = null;
            String link = null;
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = r.getLocalName();
                if (name.equals(itemName)) {
                    items.add(item());
                    depth--;
                } else if (depth == feedLevel && name.equals("title") && title == null) {
                    title = oneLine(text(typeOf()));
                    depth--;
                } else if (depth == feedLevel && name.equals("link") && link == null) {
                    link = format == Feed.Format.ATOM ? atomLink() : resolve(oneLine(text(Type.TEXT)));
                    depth--;
                }
            }
            return new Feed(format, title, link, items);
        }

        /** Reads an item or entry, through its end tag. */
        private FeedItem item() throws XMLStreamException {
            int line = r.getLocation().getLineNumber();
            String id = null;
            String link = null;
            String title = null;
            String published = null;
            String updated = null;
            String author = null;
            String summary = null;
            String content = null;
            boolean permaLink = false;
            while (r.next() != XMLStreamConstants.END_ELEMENT) {
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                String name = r.getLocalName();
                boolean atom = format == Feed.Format.ATOM;
                if (ns.equals(DUBLIN_CORE)) {
                    switch (name) {
                        case "date" -> updated = first(updated, Dates.iso(text(Type.TEXT)));
                        case "creator" -> author = first(author, oneLine(text(Type.TEXT)));
                        default -> skip();
                    }
                    continue;
                }
                if (ns.equals(CONTENT_MODULE)) {
                    if (name.equals("encoded")) {
                        content = first(content, text(Type.HTML));
                    } else {
                        skip();
                    }
                    continue;
                }
                switch (name) {
                    case "title" -> title = first(title, oneLine(text(atom ? typeOf() : Type.HTML)));
                    case "link" -> link = first(link, atom ? atomLink() : resolve(oneLine(text(Type.TEXT))));
                    case "guid", "id" -> {
                        permaLink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                        id = first(id, oneLine(text(Type.TEXT)));
                    }
                    case "pubDate", "published", "issued" -> published = first(published, Dates.iso(text(Type.TEXT)));
                    case "updated", "modified" -> updated = first(updated, Dates.iso(text(Type.TEXT)));
                    case "author" -> author = first(author, atom ? atomAuthor() : rssAuthor(text(Type.TEXT)));
                    case "description" -> summary = first(summary, text(Type.HTML));
                    case "summary" -> summary = first(summary, text(typeOf()));
                    case "content" -> content = first(content, r.getAttributeValue(null, "src") != null
                            ? skipped() : text(typeOf()));
                    default -> skip();
                }
            }
            if (link == null && format != Feed.Format.ATOM && permaLink) {
                link = PageMetadata.httpUrl(id);
            }
            return new FeedItem(id, link, title, first(published, updated), author, summary, content, line);
        }

        /** An Atom {@code link}'s href when it is the alternate (or unnamed) link, else null. */
        private String atomLink() throws XMLStreamException {
            String rel = r.getAttributeValue(null, "rel");
            String href = r.getAttributeValue(null, "href");
            skip();
            return rel == null || rel.equals("alternate") ? resolve(href) : null;
        }

        private String atomAuthor() throws XMLStreamException {
            String name = null;
            while (r.next() != XMLStreamConstants.END_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("name")) {
                        name = first(name, oneLine(text(Type.TEXT)));
                    } else {
                        skip();
                    }
                }
            }
            return name;
        }

        /** The type of an Atom text construct, from its {@code type} attribute. */
        private Type typeOf() {
            String type = r.getAttributeValue(null, "type");
            if (type == null) {
                return Type.TEXT;
            }
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "html", "text/html" -> Type.HTML;
                case "xhtml", "application/xhtml+xml" -> Type.XHTML;
                default -> Type.TEXT;
            };
        }

        /**
         * The current element's content, read through its end tag, as plain text: HTML (escaped in the text, or
         * as XHTML elements) is rendered as paragraphs. Null when it is blank.
         */
        private String text(Type type) throws XMLStreamException {
            StringBuilder s = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            s.append(type == Type.XHTML ? escape(r.getText()) : r.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (type != Type.TEXT) {
                            s.append('<').append(r.getLocalName()).append('>');
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0 && type != Type.TEXT) {
                            s.append("</").append(r.getLocalName()).append('>');
                        }
                    }
                    default -> {
                        // comments and processing instructions are not text
                    }
                }
            }
            String text = type == Type.TEXT ? s.toString().strip() : htmlToText(s.toString());
            return text == null || text.isEmpty() ? null : text;
        }

        private void skip() throws XMLStreamException {
            text(Type.TEXT);
        }

        private String skipped() throws XMLStreamException {
            skip();
            return null;
        }

        /** {@code href} made absolute against the feed's URL when it has one; null unless it is http(s). */
        private String resolve(String href) {
            if (href == null || href.isBlank()) {
                return null;
            }
            try {
                String absolute = base == null ? href.strip() : new URI(base).resolve(href.strip()).toString();
                return PageMetadata.httpUrl(absolute);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    private enum Type { TEXT, HTML, XHTML }

    /** HTML rendered as paragraphs separated by blank lines, without paragraphs that are mostly links. */
    static String htmlToText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, iframe, object, embed, form").remove();
        List<String> kept = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.of(body)) {
            if (p.linkChars() * 2 <= p.chars()) {
                kept.add(p.text());
            }
        }
        String text = String.join("\n\n", kept);
        return text.isEmpty() ? null : text;
    }

    /** An RSS author, often {@code jane@example.org (Jane Roe)}: the name, or null for a bare address. */
    private static String rssAuthor(String stated) {
        if (stated == null) {
            return null;
        }
        int open = stated.indexOf('(');
        int close = stated.lastIndexOf(')');
        if (open >= 0 && close > open) {
            return oneLine(stated.substring(open + 1, close));
        }
        return stated.contains("@") ? null : oneLine(stated);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An XML error in words, with its line and column when the parser gives them. */
    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 1 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return "XML error" + where + ": " + Reasons.oneLine(message.replaceAll("\\s+", " "));
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing was written; closing only releases the reader
            }
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to read an external resource: " + systemId);
        });
        return factory;
    }
}
