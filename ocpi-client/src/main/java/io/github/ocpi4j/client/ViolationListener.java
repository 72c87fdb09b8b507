package io.github.ocpi4j.client;

import io.github.ocpi4j.model.Violation;
import java.util.List;

/**
 * Receives the violations of response data that a lenient client accepts ({@code [[transport_and_format_get]]}:
 * "the client should at least process the correct OCPI objects", and log the rest).
 */
@FunctionalInterface
public interface ViolationListener {

    /**
     * Called once per response whose data breaks rules.
     *
     * @param url the URL of the call
     * @param requestId the X-Request-ID of the call
     * @param violations every violation, with paths from the envelope
     */
    void onViolations(String url, String requestId, List<Violation> violations);
}
