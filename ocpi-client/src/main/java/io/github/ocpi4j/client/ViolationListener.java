package io.github.ocpi4j.client;

import io.github.ocpi4j.model.Violation;
import java.util.List;

/**
 * Receives the rule violations in response data that a lenient client returns anyway, so that they can be logged:
 * the specification wants a client to go on with the sound objects of a flawed list ({@code
 * [[transport_and_format_get]]}).
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
