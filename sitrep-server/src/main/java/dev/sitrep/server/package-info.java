/**
 * {@code sitrep serve}: the store over HTTP, a JSON API and the web UI. Routes are wired in one place
 * ({@link dev.sitrep.server.SitrepServer}), handlers are functions of the request, HTTP errors are {@code ApiError}s.
 */
package dev.sitrep.server;
