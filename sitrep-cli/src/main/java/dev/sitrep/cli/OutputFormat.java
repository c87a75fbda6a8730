package dev.sitrep.cli;

/** How a query's answer is printed: a table for people, JSON, JSON Lines or CSV for tools. */
enum OutputFormat {
    /** Aligned columns, long text cut short, search matches in bold on a terminal. */
    TABLE,
    /** One JSON array of objects, one object a line. */
    JSON,
    /** One JSON object a line. */
    JSONL,
    /** RFC 4180: a header row, fields quoted where they hold a comma, quote or line break, CRLF line ends. */
    CSV
}
