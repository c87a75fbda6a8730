package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.server.ServerFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client of the server that holds a data directory, for {@code sitrep ingest}: finds out whether it runs and
 * sends it source documents as JSON lines, with the token from {@code server.json}.
 */
final class ServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerFile server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerClient(ServerFile server) {
        this.server = server;
    }

    String url() {
        return server.url();
    }

    /** Whether the server answers; false when the file outlived it (a killed server). */
    boolean alive() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One source document as the JSON line {@code POST /api/ingest} reads. */
    static String jsonLine(SourceDocument d) {
        var o = JSON.createObjectNode().put("id", d.id());
        for (String[] f : new String[][] {{"url", d.url()}, {"title", d.title()}, {"author", d.author()},
            {"published", d.published()}}) {
            if (f[1] != null) {
                o.put(f[0], f[1]);
            }
        }
        return o.put("text", d.text()) + "\n";
    }

    /**
     * Sends JSON lines to be analysed and stored, and returns the server's report.
     *
     * @throws IOException when the server cannot be reached or refuses, saying why
     */
    JsonNode ingest(byte[] jsonLines) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/ingest"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonLines)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            String message;
            try {
                message = JSON.readTree(r.body()).path("message").asText(r.body());
            } catch (IOException e) {
                message = r.body();
            }
            throw new IOException("the server at " + server.url() + " answered " + r.statusCode() + ": " + message);
        }
        return JSON.readTree(r.body());
    }
}
