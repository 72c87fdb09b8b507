package io.github.ocpi4j.client.internal;

import java.time.Duration;

/** Waits between retries; tests replace it to see the waits without waiting. */
@FunctionalInterface
public interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits this long. */
    void sleep(Duration duration) throws InterruptedException;
}
