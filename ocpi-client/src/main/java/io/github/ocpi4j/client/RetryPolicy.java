package io.github.ocpi4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When the client tries a call again: only idempotent calls (GET, PUT, DELETE), never commands or other POSTs and
 * PATCHes; on I/O errors, HTTP 5xx and HTTP 429. Waits grow exponentially from {@code initialBackoff} to {@code
 * maxBackoff} with full jitter; a {@code Retry-After} header of up to {@code maxRetryAfter} is honoured instead.
 *
 * <pre>{@code
 * OcpiClient client = OcpiClient.builder().retryPolicy(new RetryPolicy(5, Duration.ofMillis(500),
 *         Duration.ofSeconds(10), Duration.ofSeconds(60))).build();
 * }</pre>
 *
 * @param maxAttempts how many times a call is made at most, the first included (1 means no retries)
 * @param initialBackoff the longest wait before the first retry
 * @param maxBackoff the longest wait before any retry
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one ends the retries
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** Three attempts, waits from 200 ms up to 5 s, Retry-After up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** One attempt: no retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** Returns the longest wait before retry number {@code retry} (1 for the first), before jitter. */
    public Duration backoffCeiling(int retry) {
        long initial = initialBackoff.toMillis();
        long ceiling = initial << Math.min(retry - 1, 30);
        return Duration.ofMillis(Math.min(ceiling < 0 ? Long.MAX_VALUE : ceiling, maxBackoff.toMillis()));
    }
}
