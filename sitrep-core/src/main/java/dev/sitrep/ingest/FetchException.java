package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import java.util.Objects;

/** Why a URL could not be fetched, in words a user can act on. */
public final class FetchException extends Exception {

    private final String url;
    private final String reason;

    public FetchException(String url, String reason) {
        super(url + ": " + reason);
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String url() {
        return url;
    }

    /** Why, without the URL: {@code HTTP 404 Not Found}, {@code host not found (DNS): ...}, ... */
    public String reason() {
        return reason;
    }

    /** The failure as an input problem of {@code origin}. */
    public InputProblem toProblem(String origin) {
        return new InputProblem(origin, reason);
    }
}
