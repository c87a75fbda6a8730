package dev.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code DIR/server.json}: where the server serving a data directory listens and the token its writes need. Written
 * readable by the user only while the server runs, removed when it stops, so {@code sitrep ingest --data DIR} can
 * send articles to the server that holds the directory.
 *
 * @param url   the server's address, {@code http://127.0.0.1:PORT}
 * @param token the secret that {@code POST /api/ingest} needs, sent as {@code Authorization: Bearer TOKEN}
 * @param pid   the serving process
 */
public record ServerFile(String url, String token, long pid) {

    /** The file's name in the data directory. */
    public static final String NAME = "server.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file for a server at {@code url} in this process, with a new random token. */
    static ServerFile create(String url) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ServerFile(url, Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                ProcessHandle.current().pid());
    }

    /** The server file of {@code dataDir}, when there is a readable one. */
    public static Optional<ServerFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!n.path("url").isTextual() || !n.path("token").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new ServerFile(n.get("url").asText(), n.get("token").asText(), n.path("pid").asLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes this file into {@code dataDir}, readable and writable by the user only, replacing any other. */
    void write(Path dataDir) throws IOException {
        Path tmp = dataDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, JSON.createObjectNode().put("url", url).put("token", token).put("pid", pid)
                .toString() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the server file of {@code dataDir} if it is this one. */
    void remove(Path dataDir) {
        if (read(dataDir).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(NAME));
            } catch (IOException ignored) {
                // a stale file is harmless: ingest finds no server at its address and stores locally
            }
        }
    }
}
