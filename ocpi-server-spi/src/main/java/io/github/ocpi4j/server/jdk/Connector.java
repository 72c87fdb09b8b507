package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server on {@code java.nio}: one thread does the socket I/O without blocking (accepts, reads
 * requests, enforces the {@link Limits}), and an executor runs {@link OcpiServer#handle} on complete requests only.
 * The worker then writes the answer without blocking, as far as the socket takes it; the I/O thread writes the rest,
 * if any. No worker ever waits for a client, so clients that send or read slowly, or not at all, cost a connection
 * each and never stop the others from being served.
 */
final class Connector {
    static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server.jdk");

    /** How often deadlines are checked: they hold to within this. */
    private static final long TICK_MILLIS = 100;
    /** How long requests in progress may take to finish once closing. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final byte[] TOO_MANY = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain;charset=utf-8"
                    + "\r\nContent-Length: 21\r\nConnection: close\r\n\r\ntoo many connections\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final OcpiServer server;
    private final Limits limits;
    private final Executor executor;
    private final ServerSocketChannel listener;
    private final Selector selector;
    private final SelectionKey accepting;
    private final Thread thread;
    private final Set<Connection> connections = new HashSet<>();
    private final Queue<Runnable> answers = new ConcurrentLinkedQueue<>();
    private final Responses responses = new Responses();
    private volatile boolean closing;
    private long acceptPausedUntil;

    /** Serves on a bound listener; {@link #start()} starts the I/O thread. */
    Connector(ServerSocketChannel listener, OcpiServer server, Limits limits, Executor executor) throws IOException {
        this.listener = listener;
        this.server = server;
        this.limits = limits;
        this.executor = executor;
        this.selector = Selector.open();
        listener.configureBlocking(false);
        this.accepting = listener.register(selector, SelectionKey.OP_ACCEPT);
        this.thread = new Thread(this::run, "ocpi4j-http-io");
    }

    void start() {
        thread.start();
    }

    /** Stops accepting, gives requests in progress up to a second to be answered, then closes every connection. */
    void close() {
        closing = true;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.NANOSECONDS.toMillis(GRACE_NANOS) + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean closing() {
        return closing;
    }

    Responses responses() {
        return responses;
    }

    /**
     * Hands a complete request to the executor, whose thread also writes the answer; the I/O thread is woken only
     * for what that leaves to do (the rest of a large answer, closing, a pipelined request).
     *
     * @return false if the executor refused it
     */
    boolean dispatch(Connection connection, OcpiHttpRequest request) {
        try {
            executor.execute(() -> {
                OcpiHttpResponse response = Responses.plain(500, "internal server error");
                try {
                    response = server.handle(request);
                } catch (RuntimeException e) {
                    LOG.error("{} {} failed in the server", request.method(), request.path(), e);
                } finally {
                    if (connection.answer(response, System.nanoTime())) {
                        answers.add(() -> on(connection, () -> connection.finish(System.nanoTime())));
                        selector.wakeup();
                    }
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    void closed(Connection connection) {
        connections.remove(connection);
    }

    private void run() {
        long nextTick = System.nanoTime();
        boolean stopping = false;
        long graceEnds = 0;
        try {
            while (true) {
                selector.select(TICK_MILLIS);
                long now = System.nanoTime();
                for (Runnable answer; (answer = answers.poll()) != null; ) {
                    answer.run();
                }
                Iterator<SelectionKey> selected = selector.selectedKeys().iterator();
                while (selected.hasNext()) {
                    SelectionKey key = selected.next();
                    selected.remove();
                    if (key == accepting) {
                        accept(now);
                    } else if (key.isValid()) {
                        io((Connection) key.attachment(), key, now);
                    }
                }
                if (closing) {
                    if (!stopping) {
                        stopping = true;
                        graceEnds = now + GRACE_NANOS;
                        accepting.cancel();
                        listener.close();
                        selector.selectNow(); // the listener's port is released once its key is gone
                        List.copyOf(connections).forEach(Connection::shutdown);
                    } else {
                        List.copyOf(connections).forEach(Connection::closeIfIdle); // a worker answered meanwhile
                    }
                    if (connections.isEmpty() || now - graceEnds >= 0) {
                        return;
                    }
                }
                if (now - nextTick >= 0) {
                    nextTick = now + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
                    tick(now);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("the HTTP server stopped", e);
        } finally {
            List.copyOf(connections).forEach(Connection::close);
            closeQuietly(listener);
            closeQuietly(selector);
        }
    }

    private void accept(long now) {
        while (true) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                // such as too many open files: pause accepting rather than spin on the error
                LOG.warn("cannot accept a connection: {}", e.getMessage());
                accepting.interestOps(0);
                acceptPausedUntil = now + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                channel.configureBlocking(false);
                if (connections.size() >= limits.maxConnections()) {
                    LOG.debug("refused a connection: {} are open", connections.size());
                    channel.write(ByteBuffer.wrap(TOO_MANY));
                    channel.close();
                    continue;
                }
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                Connection connection = new Connection(this, channel, key, limits, peer(channel), now);
                key.attach(connection);
                connections.add(connection);
            } catch (IOException e) {
                LOG.debug("a connection failed as it was accepted: {}", e.getMessage());
                closeQuietly(channel);
            }
        }
    }

    private void io(Connection connection, SelectionKey key, long now) {
        on(connection, () -> {
            if (key.isReadable()) {
                connection.readable(now);
            }
            if (key.isValid() && key.isWritable()) {
                connection.writable(now);
            }
        });
    }

    /** Something a connection does; it fails alone, never the I/O thread. */
    private interface Step {
        void run() throws IOException;
    }

    private static void on(Connection connection, Step step) {
        try {
            step.run();
        } catch (IOException e) {
            // the client reset or broke the connection: one line at debug level, it is the client's doing
            LOG.debug("{}: connection lost in state {}: {}", connection, connection.state(), e.getMessage());
            connection.close();
        } catch (RuntimeException e) {
            LOG.error("{}: closed after an unexpected failure", connection, e);
            connection.close();
        }
    }

    /** Checks every connection's deadline, and resumes accepting after a pause. */
    private void tick(long now) {
        for (Connection connection : List.copyOf(connections)) {
            on(connection, () -> connection.expire(now));
        }
        if (acceptPausedUntil != 0 && now - acceptPausedUntil >= 0 && accepting.isValid()) {
            acceptPausedUntil = 0;
            accepting.interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    private static String peer(SocketChannel channel) {
        try {
            return channel.getRemoteAddress() instanceof InetSocketAddress a
                    ? a.getAddress().getHostAddress() + ":" + a.getPort()
                    : String.valueOf(channel.getRemoteAddress());
        } catch (IOException e) {
            return "?";
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.debug("closing: {}", e.getMessage());
        }
    }
}
