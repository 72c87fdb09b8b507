package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One client's connection, driven by the connector's I/O thread and never blocking it: reads a request's head and
 * body into memory as their bytes arrive, hands the complete request to the connector, writes the answer as the
 * client takes it, then reads the next request or closes. One request at a time: the bytes of a pipelined request
 * wait until the answer before it is written, which keeps answers in order and stops reading from a client that does
 * not read. Each phase has its deadline ({@link Limits}); {@link #expire} enforces them.
 *
 * <p>From the hand-over of a request to its answer the connection belongs to the worker ({@link #owner}), which
 * writes the answer itself ({@link #answer}) and, when the socket takes all of it and nothing else is to be done,
 * gives the connection back ready for the next request without waking the I/O thread. Meanwhile the I/O thread
 * touches nothing of it but its owner: the connection stays readable so that the next request is seen at once, and
 * if the client sends anything while it waits (a pipelined request, or its end), reading stops until the answer is
 * out. Neither thread ever waits for the other.
 */
final class Connection {
    /** Which thread the connection belongs to. */
    private enum Owner {
        /** The I/O thread. */
        IO,
        /** The worker handling its request. */
        WORKER,
        /** The worker, and the client sent something meanwhile: reading stopped, the I/O thread resumes it. */
        WORKER_READ_PAUSED
    }

    /** Where the connection is: reading a head or a body, waiting for the server, writing, or closing. */
    enum State {
        HEAD,
        BODY,
        HANDLING,
        WRITING,
        DRAINING,
        CLOSED
    }

    private static final long NO_DEADLINE = Long.MAX_VALUE;
    /** How long a closing connection reads and drops what the client still sends, so that it gets the answer. */
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Connector connector;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final Limits limits;
    private final String peer;

    /** Bytes received and not yet taken, {@code in[inStart, inEnd)}; a head is parsed where it lies. */
    private byte[] in = new byte[8 * 1024];

    private int inStart;
    private int inEnd;
    private State state = State.HEAD;
    private long deadline;

    // the request being read
    private boolean started; // a byte of its head has arrived
    private boolean inMethod;
    private int scanned; // bytes of the head already checked, from inStart
    private int firstLineEnd;
    private @Nullable RequestHead head;
    private @Nullable BodyBuffer body;
    private @Nullable ChunkedDecoder chunks;
    private long remaining;
    private boolean closeAfter;

    /** What the client has still to take: an answer's head and its body, without a copy of the body. */
    private ByteBuffer @Nullable [] out;
    /** A write of the worker failed: the I/O thread closes the connection. */
    private @Nullable IOException lost;

    private final AtomicReference<Owner> owner = new AtomicReference<>(Owner.IO);

    Connection(Connector connector, SocketChannel channel, SelectionKey key, Limits limits, String peer, long now) {
        this.connector = connector;
        this.channel = channel;
        this.key = key;
        this.limits = limits;
        this.peer = peer;
        this.deadline = now + limits.idleNanos();
    }

    State state() {
        return state;
    }

    /** Reads what arrived and goes as far as it allows. */
    void readable(long now) throws IOException {
        if (owner.compareAndSet(Owner.WORKER, Owner.WORKER_READ_PAUSED)) {
            key.interestOps(0); // what the client sends while its request is handled waits for the answer
            return;
        }
        if (owner.get() != Owner.IO) {
            return;
        }
        if (state == State.DRAINING) {
            if (channel.read(ByteBuffer.wrap(in)) < 0) {
                close();
            }
            return;
        }
        if (state != State.HEAD && state != State.BODY) {
            return;
        }
        if (!makeRoom()) {
            fail(new BadRequest(431, "request head too large"), now);
            return;
        }
        int n = channel.read(ByteBuffer.wrap(in, inEnd, in.length - inEnd));
        if (n < 0) {
            if (started || state == State.BODY) {
                Connector.LOG.debug("{}: the client closed the connection in the middle of a request", peer);
            }
            close();
            return;
        }
        inEnd += n;
        advance(now);
    }

    /** Writes more of the answer. */
    void writable(long now) throws IOException {
        if (owner.get() == Owner.IO) {
            flush(now);
        }
    }

    /**
     * Sends the server's answer to the request handed over, on the worker that computed it: writes what the socket
     * takes at once and, when that is all and nothing else is to be done, gives the connection back to the I/O thread
     * ready for the next request.
     *
     * @return whether the I/O thread has to {@link #finish} the answer: write its rest, close, or take up what the
     *     client sent meanwhile
     */
    boolean answer(OcpiHttpResponse response, long now) {
        if (state == State.CLOSED) {
            return false;
        }
        prepare(response, now);
        try {
            write();
        } catch (IOException e) {
            lost = e;
            return true;
        }
        if (out != null || closeAfter || inStart != inEnd) {
            return true;
        }
        head = null;
        state = State.HEAD;
        deadline = now + limits.idleNanos();
        // still readable unless the client sent something meanwhile: then the I/O thread resumes reading
        return !owner.compareAndSet(Owner.WORKER, Owner.IO);
    }

    /** On the I/O thread, takes the connection back and does what {@link #answer} left to do. */
    void finish(long now) throws IOException {
        owner.set(Owner.IO);
        IOException e = lost;
        if (e != null) {
            lost = null;
            throw e;
        }
        if (state == State.WRITING) {
            flush(now);
        } else {
            interest();
        }
    }

    /** Sends an answer of the connector's own, on the I/O thread. */
    private void respond(OcpiHttpResponse response, long now) throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        prepare(response, now);
        flush(now);
    }

    private void prepare(OcpiHttpResponse response, long now) {
        closeAfter |= connector.closing();
        RequestHead h = head;
        output(connector
                .responses()
                .encode(response, h != null && h.isHead(), closeAfter, h != null && !h.http11() && !closeAfter));
        state = State.WRITING;
        deadline = now + limits.writeNanos();
    }

    /** Acts on a deadline that passed: 408 for a request that takes too long, closing otherwise. */
    void expire(long now) throws IOException {
        if (owner.get() != Owner.IO || deadline == NO_DEADLINE || now - deadline < 0) {
            return;
        }
        switch (state) {
            case HEAD -> {
                if (started) {
                    fail(new BadRequest(408, "the request head took too long"), now);
                } else {
                    close(); // idle
                }
            }
            case BODY -> fail(new BadRequest(408, "the request body took too long"), now);
            case WRITING -> {
                Connector.LOG.debug("{}: closed, the client did not take its answer in time", peer);
                close();
            }
            default -> close();
        }
    }

    /**
     * The connector stops: a connection without a request whose head has arrived closes now, one with a request in
     * progress after its answer.
     */
    void shutdown() {
        if (owner.get() != Owner.IO) {
            return; // the worker sees the connector closing as it answers
        }
        if (state == State.HEAD || state == State.DRAINING) {
            close();
        } else {
            closeAfter = true;
        }
    }

    /** While the connector stops: closes the connection if it waits for a request, as a worker may have left it. */
    void closeIfIdle() {
        if (owner.get() == Owner.IO && state == State.HEAD) {
            close();
        }
    }

    void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            Connector.LOG.debug("{}: {}", peer, e.getMessage());
        }
        connector.closed(this);
    }

    @Override
    public String toString() {
        return peer;
    }

    // ---- reading a request

    /** Makes room at the end of the buffer: drops what was taken, or grows it for a head within the limits. */
    private boolean makeRoom() {
        if (inStart == inEnd && !started) {
            inStart = 0;
            inEnd = 0;
        }
        if (inEnd < in.length) {
            return true;
        }
        if (inStart > 0) {
            System.arraycopy(in, inStart, in, 0, inEnd - inStart);
            inEnd -= inStart;
            inStart = 0;
            return true;
        }
        int headRoom = limits.maxRequestLineBytes() + limits.maxHeaderBytes() + 8;
        if (in.length >= headRoom) {
            return false;
        }
        in = Arrays.copyOf(in, Math.min(2 * in.length, headRoom));
        return true;
    }

    private void advance(long now) throws IOException {
        try {
            if (state == State.HEAD && readHead(now)) {
                return; // handed over: the connection is the worker's
            }
            if (state == State.BODY && readBody()) {
                return;
            }
        } catch (BadRequest e) {
            fail(e, now);
        }
        interest();
    }

    /**
     * Reads a head: skips empty lines before it, checks each byte once as it arrives (so that what is not HTTP at
     * all, such as a TLS handshake, is answered at once), and parses it when its empty line has arrived.
     *
     * @return whether the request was handed over to a worker
     */
    private boolean readHead(long now) throws BadRequest, IOException {
        if (!started) {
            while (inStart < inEnd
                    && (in[inStart] == '\n'
                            || (in[inStart] == '\r' && inStart + 1 < inEnd && in[inStart + 1] == '\n'))) {
                inStart += in[inStart] == '\n' ? 1 : 2;
            }
            if (inStart == inEnd || (inEnd - inStart == 1 && in[inStart] == '\r')) {
                return false; // idle
            }
            started = true;
            inMethod = true;
            scanned = 0;
            firstLineEnd = -1;
            deadline = now + limits.headNanos(); // for the whole head: bytes that trickle in do not extend it
        }
        int pending = inEnd - inStart;
        int end = -1;
        for (int i = scanned; i < pending && end < 0; i++) {
            int b = in[inStart + i] & 0xff;
            if (inMethod) {
                if (b == ' ') {
                    inMethod = false;
                } else if (!RequestHead.isTokenChar(b)) {
                    throw new BadRequest("not an HTTP request");
                }
            } else if (b == '\n') {
                if (firstLineEnd < 0) {
                    firstLineEnd = i;
                } else if (in[inStart + i - 1] == '\n'
                        || (in[inStart + i - 1] == '\r' && in[inStart + i - 2] == '\n')) {
                    end = i + 1;
                }
            } else if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7f) {
                throw new BadRequest("control character in the request head");
            }
        }
        if (end < 0) {
            scanned = pending;
            if (firstLineEnd < 0
                    ? pending > limits.maxRequestLineBytes() + 1
                    : firstLineEnd > limits.maxRequestLineBytes() + 1) {
                throw new BadRequest(414, "request line too long");
            }
            if (firstLineEnd >= 0 && pending - firstLineEnd - 1 > limits.maxHeaderBytes() + 2) {
                throw new BadRequest(431, "header fields too large");
            }
            return false;
        }
        RequestHead parsed = RequestHead.parse(in, inStart, inStart + end, limits);
        inStart += end;
        started = false;
        head = parsed;
        closeAfter = !parsed.keepAlive() || connector.closing();
        if (!parsed.hasBody()) {
            return dispatch();
        }
        body = new BodyBuffer(limits.maxBodyBytes(), parsed.contentLength());
        chunks = parsed.chunked() ? new ChunkedDecoder(limits.maxHeaderBytes()) : null;
        remaining = parsed.contentLength();
        state = State.BODY;
        deadline = now + limits.bodyNanos();
        if (parsed.expectContinue() && inStart == inEnd) {
            output(ByteBuffer.wrap(CONTINUE));
            flush(now);
        }
        return false;
    }

    /**
     * Takes body bytes; a body above the limit is handed over with one byte too many, and the rest never read.
     *
     * @return whether the request was handed over to a worker
     */
    private boolean readBody() throws BadRequest {
        BodyBuffer b = body;
        if (b == null) {
            throw new IllegalStateException("no body");
        }
        ChunkedDecoder c = chunks;
        boolean complete;
        if (c != null) {
            inStart += c.decode(in, inStart, inEnd, b);
            complete = c.done();
        } else {
            int n = (int) Math.min(remaining, inEnd - inStart);
            b.write(in, inStart, n);
            inStart += n;
            remaining -= n;
            complete = remaining == 0;
        }
        if (b.tooLarge()) {
            closeAfter = true; // its rest is still on the way
            return dispatch();
        }
        return complete && dispatch();
    }

    /** Hands the request over to a worker, which owns the connection until the answer; always true. */
    private boolean dispatch() throws BadRequest {
        RequestHead h = head;
        if (h == null) {
            throw new IllegalStateException("no head");
        }
        BodyBuffer b = body;
        state = State.HANDLING;
        deadline = NO_DEADLINE;
        body = null;
        chunks = null;
        key.interestOps(SelectionKey.OP_READ); // so that the next request, or anything sent before, is seen at once
        owner.set(Owner.WORKER);
        if (!connector.dispatch(this, h.toRequest(b == null ? InputStream.nullInputStream() : b.stream()))) {
            owner.set(Owner.IO);
            throw new BadRequest(503, "the server is busy; try again later");
        }
        return true;
    }

    /** Answers a request the connector refuses, and closes: after it, where the next request starts is unsure. */
    private void fail(BadRequest e, long now) throws IOException {
        Connector.LOG.debug("{}: answered {}: {}", peer, e.status(), e.getMessage());
        closeAfter = true;
        respond(Responses.plain(e.status(), e.getMessage()), now);
    }

    // ---- writing

    private void output(ByteBuffer... buffers) {
        ByteBuffer[] pending = out;
        if (pending == null) {
            out = buffers;
        } else {
            ByteBuffer[] all = Arrays.copyOf(pending, pending.length + buffers.length);
            System.arraycopy(buffers, 0, all, pending.length, buffers.length);
            out = all;
        }
    }

    /** Writes what the socket takes of the output; {@link #out} is null once all is written. */
    private void write() throws IOException {
        ByteBuffer[] pending = out;
        if (pending != null) {
            channel.write(pending);
            if (!pending[pending.length - 1].hasRemaining()) {
                out = null;
            }
        }
    }

    private void flush(long now) throws IOException {
        write();
        if (out == null && state == State.WRITING) {
            answered(now); // which may hand the next request over: the connection is no longer this thread's
            return;
        }
        interest();
    }

    /** The answer is out: read the next request, or close after reading what the client still sends. */
    private void answered(long now) throws IOException {
        head = null;
        if (closeAfter) {
            state = State.DRAINING;
            deadline = now + LINGER_NANOS;
            inStart = 0;
            inEnd = 0;
            channel.shutdownOutput();
            interest();
        } else {
            state = State.HEAD;
            deadline = now + limits.idleNanos();
            advance(now);
        }
    }

    private void interest() {
        if (state == State.CLOSED) {
            return;
        }
        int ops = state == State.HEAD || state == State.BODY || state == State.DRAINING ? SelectionKey.OP_READ : 0;
        if (out != null) {
            ops |= SelectionKey.OP_WRITE;
        }
        key.interestOps(ops);
    }
}
