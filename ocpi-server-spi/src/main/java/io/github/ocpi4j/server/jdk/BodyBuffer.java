package io.github.ocpi4j.server.jdk;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The body of a request as it arrives, kept up to one byte more than the limit: enough for the server to see that
 * it is too large and answer 413 as it always does, never more in memory. Grows as bytes arrive, so that a large
 * Content-Length alone reserves nothing.
 */
final class BodyBuffer {
    private final long keep;
    private byte[] bytes;
    private int size;

    BodyBuffer(int limit, long expected) {
        this.keep = Math.min(limit + 1L, Integer.MAX_VALUE - 8); // the largest array a JVM allocates
        this.bytes = new byte[(int) Math.min(Math.min(Math.max(expected, 0), keep), 16 * 1024)];
    }

    /** Keeps what fits of {@code len} bytes. */
    void write(byte[] src, int off, int len) {
        int n = (int) Math.min(len, keep - size);
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(size + n, 2L * bytes.length), keep));
        }
        System.arraycopy(src, off, bytes, size, n);
        size += n;
    }

    /** Whether more arrived than the limit: the rest is not read. */
    boolean tooLarge() {
        return size == keep;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }
}
