package io.github.ocpi4j.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A response body read with a hard cap: it never takes more than {@code limit + 1} bytes from the source, fails
 * with {@link TooLong} when the body goes past the limit, and remembers the first failure, so that the transport
 * sees it even when a JSON reader turned it into something else.
 */
final class BoundedStream extends FilterInputStream {
    private final long limit;
    private long count;
    private @Nullable IOException failure;

    BoundedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The body went past the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("the body is longer than " + limit + " bytes");
        }
    }

    /** Returns the first failure of the source, or {@link TooLong}, or {@code null} if there was none. */
    @Nullable
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        int n;
        try {
            n = in.read(b, off, (int) Math.min(len, limit + 1 - count));
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                failure = new TooLong(limit);
                throw failure;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
    }

    @Override
    public int available() throws IOException {
        return failure != null ? 0 : (int) Math.min(in.available(), limit + 1 - count);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
