package dev.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's tables, as DuckDB DDL. These are the tables the Spark job writes as Parquet, with the columns
 * {@link #columns} reads off this DDL: docs/store.md describes every column. Version 3.
 */
public final class Schema {

    static final int VERSION = 3;

    /** One column: its name, its DuckDB type as the DDL writes it ({@code VARCHAR[]}, {@code DECIMAL(38, 4)}). */
    public record Column(String name, String type, boolean nullable) {
    }

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\(");
    private static final Pattern COLUMN = Pattern.compile(
            "^\\s*(\\w+) ([A-Z]+(?:\\(\\d+, \\d+\\))?(?:\\[\\])?)( NOT NULL| PRIMARY KEY)?[,)]?$");

    private Schema() {
    }

    /** The columns of one of the store's tables, in order. */
    public static List<Column> columns(String table) {
        for (String ddl : TABLES) {
            Matcher m = CREATE.matcher(ddl);
            if (m.find() && m.group(1).equals(table)) {
                List<Column> columns = new ArrayList<>();
                for (String line : ddl.substring(m.end()).split("\n")) {
                    Matcher c = COLUMN.matcher(line);
                    if (c.matches()) {
                        columns.add(new Column(c.group(1), c.group(2), c.group(3) == null));
                    } else if (!line.isBlank() && !line.strip().startsWith("PRIMARY KEY")) {
                        throw new IllegalStateException("cannot read the column definition: " + line);
                    }
                }
                return List.copyOf(columns);
            }
        }
        throw new IllegalArgumentException("no table " + table);
    }

    /**
     * The columns each version added, by table, in order: what opening an older store adds to it. A column added
     * later is nullable and at the end of its table, so rows of older articles stay as they were.
     */
    static final java.util.Map<Integer, List<String[]>> ADDED = java.util.Map.of(3, List.of(
            new String[] {"actors", "sector", "VARCHAR"}, new String[] {"actors", "kb", "VARCHAR"},
            new String[] {"entities", "sector", "VARCHAR"}, new String[] {"entities", "kb", "VARCHAR"},
            new String[] {"entities", "origins", "VARCHAR"},
            new String[] {"events", "source_countries", "VARCHAR"}, new String[] {"events", "target_countries", "VARCHAR"},
            new String[] {"events", "source_sectors", "VARCHAR"}, new String[] {"events", "target_sectors", "VARCHAR"},
            new String[] {"commitments", "donor_country", "VARCHAR"},
            new String[] {"commitments", "donor_sector", "VARCHAR"},
            new String[] {"commitments", "recipient_country", "VARCHAR"},
            new String[] {"commitments", "recipient_sector", "VARCHAR"}));

    /** Statements that create the tables when they are missing, in dependency order. */
    static final List<String> TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS meta (
                key VARCHAR PRIMARY KEY,
                value VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS articles (
                article_id VARCHAR PRIMARY KEY,
                seq BIGINT NOT NULL,
                source_id VARCHAR NOT NULL,
                url VARCHAR,
                site VARCHAR,
                title VARCHAR,
                author VARCHAR,
                published VARCHAR,
                day DATE,
                story_id VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                coder VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL,
                json VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS story_keys (
                key BIGINT NOT NULL,
                article_id VARCHAR NOT NULL,
                story_id VARCHAR NOT NULL,
                seq BIGINT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS sources (
                site VARCHAR PRIMARY KEY,
                articles BIGINT NOT NULL,
                first_published VARCHAR,
                last_published VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS actors (
                actor_id VARCHAR PRIMARY KEY,
                kind VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                code VARCHAR,
                country VARCHAR,
                mentions BIGINT NOT NULL,
                articles BIGINT NOT NULL,
                sector VARCHAR,
                kb VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS entities (
                article_id VARCHAR NOT NULL,
                entity VARCHAR NOT NULL,
                actor_id VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                code VARCHAR,
                country VARCHAR,
                affiliation VARCHAR,
                titles VARCHAR[] NOT NULL,
                mention_count INTEGER NOT NULL,
                day DATE,
                sector VARCHAR,
                kb VARCHAR,
                origins VARCHAR,
                PRIMARY KEY (article_id, entity))""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
                article_id VARCHAR NOT NULL,
                entity VARCHAR NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
                article_id VARCHAR NOT NULL,
                quote_no INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                direct BOOLEAN NOT NULL,
                speaker_entity VARCHAR,
                speaker_actor VARCHAR,
                speaker_name VARCHAR,
                cue VARCHAR,
                day DATE,
                PRIMARY KEY (article_id, quote_no))""",
            """
            CREATE TABLE IF NOT EXISTS events (
                event_id VARCHAR PRIMARY KEY,
                type VARCHAR NOT NULL,
                cameo VARCHAR NOT NULL,
                mode VARCHAR NOT NULL,
                source_codes VARCHAR NOT NULL,
                target_codes VARCHAR NOT NULL,
                source_names VARCHAR NOT NULL,
                target_names VARCHAR NOT NULL,
                source_actors VARCHAR NOT NULL,
                target_actors VARCHAR NOT NULL,
                day DATE,
                date VARCHAR,
                location VARCHAR,
                reports BIGINT NOT NULL,
                sites VARCHAR[] NOT NULL,
                first_reported VARCHAR,
                last_reported VARCHAR,
                first_article VARCHAR NOT NULL,
                source_countries VARCHAR,
                target_countries VARCHAR,
                source_sectors VARCHAR,
                target_sectors VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS event_reports (
                article_id VARCHAR NOT NULL,
                event_no INTEGER NOT NULL,
                event_id VARCHAR NOT NULL,
                trigger VARCHAR NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                pattern VARCHAR NOT NULL,
                PRIMARY KEY (article_id, event_no))""",
            """
            CREATE TABLE IF NOT EXISTS commitments (
                article_id VARCHAR NOT NULL,
                commitment_no INTEGER NOT NULL,
                donor VARCHAR NOT NULL,
                donor_actor VARCHAR NOT NULL,
                recipient VARCHAR,
                recipient_actor VARCHAR,
                aid_type VARCHAR NOT NULL,
                what VARCHAR NOT NULL,
                amount DECIMAL(38, 4),
                currency VARCHAR,
                status VARCHAR NOT NULL,
                date VARCHAR,
                day DATE,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                donor_country VARCHAR,
                donor_sector VARCHAR,
                recipient_country VARCHAR,
                recipient_sector VARCHAR,
                PRIMARY KEY (article_id, commitment_no))""",
            """
            CREATE TABLE IF NOT EXISTS feed_items (
                feed VARCHAR NOT NULL,
                item VARCHAR NOT NULL,
                seen_at TIMESTAMP NOT NULL,
                PRIMARY KEY (feed, item))""");
}
