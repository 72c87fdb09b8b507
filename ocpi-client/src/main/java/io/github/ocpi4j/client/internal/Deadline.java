package io.github.ocpi4j.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A moment by which something must be done, on a {@link Sleeper}'s clock, with the words that name it in an error:
 * what it is ("the call deadline of 120 s") and the setting that raises it ({@code OcpiClient.Builder.callTimeout}).
 * Immutable.
 */
public final class Deadline {
    /** Longer timeouts count as this one, so that the clock's arithmetic cannot overflow (about 100 years). */
    private static final long LONGEST_NANOS = Duration.ofDays(36_500).toNanos();

    private final Sleeper clock;
    private final long at;
    private final String description;
    private final String setting;

    private Deadline(Sleeper clock, long at, String description, String setting) {
        this.clock = clock;
        this.at = at;
        this.description = description;
        this.setting = setting;
    }

    /**
     * Returns the deadline {@code timeout} from now.
     *
     * @param name what it is, such as {@code the call deadline}
     * @param setting the method of {@code OcpiClient.Builder} that sets it
     */
    static Deadline after(Sleeper clock, Duration timeout, String name, String setting) {
        long nanos = timeout.compareTo(Duration.ofNanos(LONGEST_NANOS)) > 0 ? LONGEST_NANOS : timeout.toNanos();
        return new Deadline(clock, clock.nanoTime() + nanos, name + " of " + format(timeout), setting);
    }

    /** Returns how many nanoseconds are left, zero or less once it has passed. */
    long remainingNanos() {
        return at - clock.nanoTime();
    }

    /** Returns whether it has passed. */
    public boolean passed() {
        return remainingNanos() <= 0;
    }

    /** Returns the earlier of this deadline and {@code other}. */
    Deadline earlier(@Nullable Deadline other) {
        return other != null && other.at - at < 0 ? other : this;
    }

    /** Returns what it is, for an error message: {@code the call deadline of 120 s}. */
    public String description() {
        return description;
    }

    /** Returns how to raise it, for an error message: {@code raise it with OcpiClient.Builder.callTimeout}. */
    public String remedy() {
        return "raise it with OcpiClient.Builder." + setting;
    }

    /** Writes a timeout for a message: {@code 120 s}, or {@code 1500 ms} when it is not whole seconds. */
    private static String format(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
