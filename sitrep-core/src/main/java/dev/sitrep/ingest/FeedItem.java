package dev.sitrep.ingest;

/**
 * One item of a feed, as the feed states it. Text fields are plain text: HTML in a summary or content is rendered
 * as blank-line-separated paragraphs.
 *
 * @param id        the RSS {@code guid} or Atom {@code id}, or null
 * @param link      the item's web page, absolute http(s), or null
 * @param title     the headline, or null
 * @param published ISO-8601 (RSS {@code pubDate} or {@code dc:date}, Atom {@code published} else {@code updated}),
 *                  or null
 * @param author    the author's name, or null
 * @param summary   the RSS {@code description} or Atom {@code summary}, or null
 * @param content   the full text the feed carries (RSS {@code content:encoded}, Atom {@code content}), or null
 * @param line      the line of the feed document the item starts on
 */
public record FeedItem(String id, String link, String title, String published, String author, String summary,
        String content, int line) {

    /**
     * What identifies the item across polls of its feed: its id, else its link, else its title and date. Null only
     * for an item with none of these.
     */
    public String key() {
        if (id != null) {
            return id;
        }
        if (link != null) {
            return link;
        }
        if (title == null && published == null) {
            return null;
        }
        return (title == null ? "" : title) + "|" + (published == null ? "" : published);
    }

    /** The longer of the content and the summary, or null when the item has neither. */
    public String text() {
        if (content == null) {
            return summary;
        }
        return summary == null || content.length() >= summary.length() ? content : summary;
    }
}
