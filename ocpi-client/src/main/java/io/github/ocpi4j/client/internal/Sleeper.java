package io.github.ocpi4j.client.internal;

import java.time.Duration;

/**
 * Waits between retries and tells the time that deadlines are measured by; tests replace it to see the waits
 * without waiting, and to move time on as they do.
 */
@FunctionalInterface
public interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits this long. */
    void sleep(Duration duration) throws InterruptedException;

    /** Returns the current value of a monotonic clock in nanoseconds, as {@link System#nanoTime()}. */
    default long nanoTime() {
        return System.nanoTime();
    }
}
