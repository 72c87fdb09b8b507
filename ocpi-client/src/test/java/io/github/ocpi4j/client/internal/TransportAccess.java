package io.github.ocpi4j.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Opens package-private helpers of the transport to tests in other packages. */
public final class TransportAccess {
    private TransportAccess() {}

    /** {@link Transport#retryAfter(String)}. */
    public static @Nullable Duration retryAfter(String value) {
        return Transport.retryAfter(value);
    }

    /** {@link Transport#masked(String)}. */
    public static String masked(String body) {
        return Transport.masked(body);
    }
}
