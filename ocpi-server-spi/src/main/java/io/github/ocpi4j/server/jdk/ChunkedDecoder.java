package io.github.ocpi4j.server.jdk;

/**
 * Reads a chunked request body ({@code Transfer-Encoding: chunked}, RFC 9112 section 7.1) as its bytes arrive, in
 * any pieces: chunk sizes in hex, extensions ignored, trailer fields read and dropped. Strict about line ends: a
 * chunk's lines end with CRLF, as a lenient reading of chunk framing is how requests get smuggled past a proxy.
 */
final class ChunkedDecoder {
    private static final int MAX_SIZE_LINE = 1024;

    private enum Part {
        SIZE,
        DATA,
        DATA_END,
        TRAILER,
        DONE
    }

    private final int maxTrailerBytes;
    private final StringBuilder line = new StringBuilder();
    private Part part = Part.SIZE;
    private boolean cr;
    private long left;
    private int trailerBytes;

    /** A decoder that allows trailer fields of up to {@code maxTrailerBytes} in all. */
    ChunkedDecoder(int maxTrailerBytes) {
        this.maxTrailerBytes = maxTrailerBytes;
    }

    /**
     * Decodes {@code buf[from, to)} into {@code body}; stops at the end of the body, or when the body is too large.
     *
     * @return how many bytes it took
     * @throws BadRequest if the framing is broken
     */
    int decode(byte[] buf, int from, int to, BodyBuffer body) throws BadRequest {
        int i = from;
        while (i < to && part != Part.DONE && !body.tooLarge()) {
            if (part == Part.DATA) {
                int n = (int) Math.min(left, to - i);
                body.write(buf, i, n);
                i += n;
                left -= n;
                if (left == 0) {
                    part = Part.DATA_END;
                }
                continue;
            }
            byte b = buf[i++];
            if (cr) {
                if (b != '\n') {
                    throw new BadRequest("malformed chunked body: CR without LF");
                }
                cr = false;
                endOfLine();
            } else if (b == '\r') {
                cr = true;
            } else if (part == Part.DATA_END || b == '\n' || (b < 0x20 && b != '\t') || b == 0x7f) {
                throw new BadRequest("malformed chunked body: a chunk's lines end with CRLF");
            } else if (line.length() >= (part == Part.SIZE ? MAX_SIZE_LINE : maxTrailerBytes)) {
                throw new BadRequest("malformed chunked body: line too long");
            } else {
                line.append((char) (b & 0xff));
            }
        }
        return i - from;
    }

    /** Whether the last chunk and the trailer section have arrived. */
    boolean done() {
        return part == Part.DONE;
    }

    private void endOfLine() throws BadRequest {
        switch (part) {
            case SIZE -> {
                left = size(line);
                part = left == 0 ? Part.TRAILER : Part.DATA;
            }
            case DATA_END -> part = Part.SIZE;
            case TRAILER -> {
                if (line.length() == 0) {
                    part = Part.DONE;
                } else if ((trailerBytes += line.length() + 2) > maxTrailerBytes) {
                    throw new BadRequest(431, "trailer fields too large");
                }
            }
            default -> throw new IllegalStateException(part.name());
        }
        line.setLength(0);
    }

    /** The size of a chunk-size line: hex digits, then optional extensions after {@code ;}. */
    private static long size(CharSequence line) throws BadRequest {
        int end = 0;
        while (end < line.length() && hex(line.charAt(end)) >= 0) {
            end++;
        }
        int rest = end;
        while (rest < line.length() && (line.charAt(rest) == ' ' || line.charAt(rest) == '\t')) {
            rest++;
        }
        if (end == 0 || (rest < line.length() && line.charAt(rest) != ';')) {
            throw new BadRequest("malformed chunked body: bad chunk size");
        }
        long size = 0;
        for (int i = 0; i < end; i++) {
            size = size * 16 + hex(line.charAt(i));
            if (size > Integer.MAX_VALUE) {
                return Long.MAX_VALUE; // more than any limit: the body is too large
            }
        }
        return size;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9'
                ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
