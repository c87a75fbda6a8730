package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.Limits;
import dev.sitrep.server.ServerFile;
import dev.sitrep.server.SitrepServer;
import dev.sitrep.store.Store;
import dev.sitrep.store.Synthetic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep ingest} while {@code sitrep serve} holds the data directory (the articles go to the server, which
 * shows them at once), after it stopped or was killed (they are stored locally), and {@code sitrep bench-serve}.
 */
class ServeCommandsTest {

    private static final String ARTICLE = """
            Norway sent two ferries to Lithuania on Tuesday to help with the evacuation drills, the Norwegian \
            Foreign Minister Ingrid Halvorsen said.
            """;

    @TempDir
    Path tmp;

    @Test
    void ingestSendsToTheServerThatHoldsTheDirectoryAndStoresLocallyOnceItStopped() throws Exception {
        Path data = tmp.resolve("data");
        Path file = Files.writeString(tmp.resolve("ferries.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path broken = Files.write(tmp.resolve("broken.jsonl"), "{\"text\": \"Norway\"\n".getBytes(
                StandardCharsets.UTF_8));
        try (Store store = Store.open(data)) {
            Analyzer analyzer = new Analyzer(NlpSettings.defaults(), Limits.defaults());
            StoreIngest ingest = new StoreIngest(store, () -> analyzer, 1, IngestLimits.defaults());
            try (SitrepServer server = SitrepServer.start(store, ingest, "127.0.0.1", 0)) {
                Cli.Result r = Cli.run(null, "ingest", "--data", data.toString(), file.toString(),
                        broken.toString());
                assertEquals(ExitCodes.SOME_INPUT_FAILED, r.exitCode(), r.err());
                assertTrue(r.err().contains("sending the articles to it at " + server.url()), r.err());
                assertTrue(r.err().contains("the server stored 1 articles"), r.err());
                assertTrue(r.err().contains("skipped " + broken), r.err());
                HttpResponse<String> hits = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/api/search?q=ferries")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(hits.body().contains("Halvorsen"), hits.body());

                Cli.Result again = Cli.run(null, "ingest", "--data", data.toString(), file.toString());
                assertEquals(ExitCodes.OK, again.exitCode(), again.err());
                assertTrue(again.err().contains("stored 0 articles") && again.err().contains("1 already there"),
                        again.err());
                Cli.Result query = Cli.run(null, "stats", "--data", data.toString());
                assertEquals(ExitCodes.FATAL, query.exitCode(), "queries cannot open a directory a server holds");
            }
            assertFalse(Files.exists(data.resolve(ServerFile.NAME)), "stopping removes server.json");
        }
        Files.writeString(data.resolve(ServerFile.NAME), "{\"url\": \"http://127.0.0.1:9\", \"token\": \"x\"}");
        Cli.Result local = Cli.run(null, "ingest", "--data", data.toString(), file.toString());
        assertEquals(ExitCodes.OK, local.exitCode(), local.err());
        assertTrue(local.err().contains("stored 0 articles in " + data + " (1 already there"), local.err());
    }

    @Test
    void benchServeReportsLatencyPerEndpointWithoutErrors() throws IOException {
        Path data = tmp.resolve("bench");
        Synthetic gen = new Synthetic(3, LocalDate.of(2023, 1, 1), 700);
        try (Store store = Store.open(data)) {
            store.addAll(IntStream.range(0, 300).mapToObj(i -> gen.next(i, 5)).toList());
        }
        Cli.Result r = Cli.run(null, "bench-serve", "--data", data.toString(), "--clients", "4", "--seconds", "2",
                "--warmup", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].matches("endpoint +requests +errors +p50 ms +p99 ms +max ms +req/s"), r.out());
        assertTrue(lines[2].matches("events +[1-9]\\d* +0 .*") && lines[3].matches("search +[1-9]\\d* +0 .*"),
                r.out());
        assertEquals(ExitCodes.USAGE, Cli.run(null, "bench-serve", "--data", data.toString(), "--clients", "0")
                .exitCode());
    }

    @Test
    void serveRefusesADirectoryWithoutAStoreAndBadOptions() {
        Cli.Result none = Cli.run(null, "serve", "--data", tmp.resolve("none").toString(), "--port", "0");
        assertEquals(ExitCodes.FATAL, none.exitCode());
        assertTrue(none.err().contains("no store in"), none.err());
        Cli.Result port = Cli.run(null, "serve", "--demo", "--port", "70000");
        assertEquals(ExitCodes.USAGE, port.exitCode());
        assertTrue(port.err().contains("--port must be between 0 and 65535"), port.err());
        Cli.Result both = Cli.run(null, "serve", "--demo", "--data", tmp.toString());
        assertEquals(ExitCodes.USAGE, both.exitCode());
        assertTrue(both.err().contains("leave out --data"), both.err());
    }
}
