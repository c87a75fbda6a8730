package dev.sitrep.server;

/**
 * An HTTP error the API answers with a JSON body: {@code {"error": ..., "parameter": ..., "message": ...}}, the
 * parameter being the query parameter at fault, or absent.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String error;
    private final String parameter;

    private ApiError(int status, String error, String parameter, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
    }

    /** 400: a query parameter is wrong; the message says why, naming it. */
    static ApiError badParameter(String parameter, String why) {
        return new ApiError(400, "bad_parameter", parameter, parameter + ": " + why);
    }

    /** 400: the request as a whole is wrong (not one parameter). */
    static ApiError badRequest(String why) {
        return new ApiError(400, "bad_request", null, why);
    }

    /** 404: nothing by that name. */
    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", null, what);
    }

    /** 401: a write without the server's token. */
    static ApiError unauthorized() {
        return new ApiError(401, "unauthorized", null, "writes need the token in server.json, sent as "
                + "'Authorization: Bearer TOKEN'");
    }

    /** 413: a request body over the limit. */
    static ApiError tooLarge(long limit) {
        return new ApiError(413, "too_large", null, "the request body is over " + limit + " bytes; send fewer "
                + "articles per request");
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String parameter() {
        return parameter;
    }
}
