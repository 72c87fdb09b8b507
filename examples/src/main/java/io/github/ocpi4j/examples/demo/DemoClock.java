package io.github.ocpi4j.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's time: it stands still until the demo moves it on, so that a charging session of hours plays in
 * seconds and its costs come out the same on every run. Thread-safe.
 */
final class DemoClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    DemoClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private DemoClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves time on, and returns the new now. */
    Instant advance(Duration duration) {
        return now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same time, seen in another zone: it moves when this clock moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(now, zone);
    }
}
