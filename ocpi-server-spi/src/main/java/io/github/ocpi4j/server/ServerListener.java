package io.github.ocpi4j.server;

import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.Violation;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hears what an {@link OcpiServer} does, for metrics, audit and diagnostics that need no log: every request answered,
 * every piece of the host's own data the server refused to send, and every exception of a host's service. Set it with
 * {@link OcpiServer.Builder#listener}; each method does nothing unless overridden.
 *
 * <pre>{@code
 * OcpiServer server = OcpiServer.builder()
 *         ...
 *         .listener(new ServerListener() {
 *             public void answered(Answered a) {
 *                 metrics.timer("ocpi", "route", String.valueOf(a.route()), "status", a.httpStatus())
 *                         .record(a.duration());
 *             }
 *             public void refusedHostData(RefusedHostData r) {
 *                 alerts.send("our " + r.path() + " breaks OCPI: " + r.violations() + " [" + r.requestId() + "]");
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>The server calls it on the thread that handles the request, for concurrent requests concurrently: an
 * implementation must be thread-safe, and quick, as the answer waits for it. What it throws is logged and changes
 * nothing in the answer.
 */
public interface ServerListener {

    /**
     * Called once for every request, after its answer is ready, whatever the outcome: a success, an OCPI error, a
     * refused token.
     */
    default void answered(Answered request) {}

    /**
     * Called when the host's own data breaks OCPI's rules and the server would not send it: the peer got OCPI {@code
     * 3000} and the request id instead, or, for objects of other parties in a page, the page without them. {@link
     * RefusedHostData#violations()} says which fields to fix.
     */
    default void refusedHostData(RefusedHostData refused) {}

    /**
     * Called when a host's service threw something other than an {@link io.github.ocpi4j.model.OcpiStatusException}:
     * the peer got OCPI {@code 3000} and the request id.
     */
    default void hostFailed(HostFailure failure) {}

    /**
     * A request and its answer.
     *
     * @param method the HTTP method
     * @param path the request's path, as it came in
     * @param route the pattern of the route it reached, such as {@code
     *     2.2.1/receiver/locations/{country_code}/{party_id}/{location_id}} (a label with few values, for metrics), or
     *     {@code null} when it reached none (an unknown path, or a token refused first)
     * @param partyId the id in the party store of the party whose token it carried, or {@code null} when the token was
     *     missing or unknown
     * @param requestId the X-Request-ID, the peer's or a new one, as answered
     * @param correlationId the X-Correlation-ID, as answered
     * @param httpStatus the HTTP status answered
     * @param statusCode the OCPI status code of the answer's envelope
     * @param duration from the start of {@link OcpiServer#handle} to the answer
     */
    record Answered(
            String method,
            String path,
            @Nullable String route,
            @Nullable String partyId,
            String requestId,
            String correlationId,
            int httpStatus,
            OcpiStatusCode statusCode,
            Duration duration) {}

    /**
     * Data of the host that the server refused to send.
     *
     * @param method the HTTP method of the request
     * @param path the request's path
     * @param partyId the id in the party store of the party that asked
     * @param requestId the X-Request-ID, which the peer was told to quote
     * @param violations each rule the data breaks, with its JSON path in the data the service returned, such as {@code
     *     evses[0].uid}
     */
    record RefusedHostData(String method, String path, String partyId, String requestId, List<Violation> violations) {

        /** Copies the violations. */
        public RefusedHostData {
            violations = List.copyOf(violations);
        }
    }

    /**
     * An exception thrown by a host's service.
     *
     * @param method the HTTP method of the request
     * @param path the request's path
     * @param partyId the id in the party store of the party that asked, or {@code null} when it failed before the
     *     token was known
     * @param requestId the X-Request-ID, which the peer was told to quote
     * @param exception what the service threw
     */
    record HostFailure(
            String method, String path, @Nullable String partyId, String requestId, RuntimeException exception) {}
}
