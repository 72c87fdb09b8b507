package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Serves an {@link OcpiServer} over HTTP/1.1 with the JDK alone: no servlet container, no dependency.
 *
 * <pre>{@code
 * try (JdkHttpServerAdapter http = JdkHttpServerAdapter.start(server, new InetSocketAddress("0.0.0.0", 8080))) {
 *     System.out.println("versions: " + server.versionsUrl());
 *     Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>It answers every path of the address; the {@code OcpiServer} answers 404 below its base URL's path for what
 * it does not know. Close it to stop.
 *
 * <p>One thread does all socket I/O without blocking and a pool of {@code 2 * cores} threads (at least 8) runs
 * the server on complete requests only, so a client that sends its request slowly, sends a body that never ends,
 * or does not read its answer holds no thread, and a host call that blocks holds up no other connection. Each phase of a request
 * has a deadline of its own, and a request's size is bounded; what breaks a rule is answered with a status and a
 * short plain message (400, 408, 414, 431, 505, ...) and the connection closed. The defaults suit OCPI traffic; a
 * {@link #builder()} changes them:
 *
 * <pre>{@code
 * JdkHttpServerAdapter http = JdkHttpServerAdapter.builder()
 *         .headTimeout(Duration.ofSeconds(5))          // the whole head, however slowly it trickles in
 *         .maxConnections(256)
 *         .executor(Executors.newVirtualThreadPerTaskExecutor())   // on Java 21
 *         .start(server, new InetSocketAddress(8080));
 * }</pre>
 *
 * <p>The largest body is the server's own {@link OcpiServer.Builder#maxBodyBytes(int)}: a larger one is answered
 * by the server (413 in the OCPI envelope) from its first bytes, without reading the rest. It speaks plain HTTP
 * only: put TLS in front of it (a reverse proxy), as a public OCPI endpoint needs {@code https}.
 *
 * <p>Thread-safe.
 */
public final class JdkHttpServerAdapter implements AutoCloseable {
    private final OcpiServer server;
    private final Connector connector;
    private final int port;
    private final @Nullable ExecutorService ownExecutor;

    private JdkHttpServerAdapter(
            OcpiServer server, Connector connector, int port, @Nullable ExecutorService ownExecutor) {
        this.server = server;
        this.connector = connector;
        this.port = port;
        this.ownExecutor = ownExecutor;
    }

    /**
     * Starts serving an OCPI server on an address with the default limits; port 0 takes a free port ({@link
     * #port()}).
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static JdkHttpServerAdapter start(OcpiServer server, InetSocketAddress address) {
        return builder().start(server, address);
    }

    /**
     * Binds an address, then builds the OCPI server for the port bound and serves it with the default limits: for
     * port 0, whose port is known only once bound but belongs in the server's base URL.
     *
     * <pre>{@code
     * JdkHttpServerAdapter http = JdkHttpServerAdapter.start(new InetSocketAddress("127.0.0.1", 0),
     *         port -> OcpiServer.builder().baseUrl("http://127.0.0.1:" + port + "/ocpi")...build());
     * OcpiServer server = http.server();
     * }</pre>
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static JdkHttpServerAdapter start(InetSocketAddress address, IntFunction<OcpiServer> serverForPort) {
        return builder().start(address, serverForPort);
    }

    /** Returns a builder, to serve with limits or an executor other than the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the OCPI server served. */
    public OcpiServer server() {
        return server;
    }

    /** Returns the port served, useful after starting on port 0. */
    public int port() {
        return port;
    }

    /**
     * Stops serving: stops accepting connections at once, gives requests in progress up to a second to be
     * answered, then closes every connection. An executor passed to the builder is left running.
     */
    @Override
    public void close() {
        connector.close();
        if (ownExecutor != null) {
            ownExecutor.shutdown();
            try {
                ownExecutor.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The limits and the executor of an adapter, then {@code start}. Each limit has a default that suits OCPI
     * traffic. Not thread-safe.
     */
    public static final class Builder {
        private Duration headTimeout = Duration.ofSeconds(10);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private int maxRequestLineBytes = 8 * 1024;
        private int maxHeaderBytes = 16 * 1024;
        private int maxHeaderCount = 100;
        private int maxConnections = 1024;
        private @Nullable Executor executor;

        private Builder() {}

        /**
         * Sets how long a client may take to send a request's head, from its first byte to its empty line; bytes
         * that trickle in do not extend it. Then 408 and close. Default 10 seconds.
         */
        public Builder headTimeout(Duration timeout) {
            this.headTimeout = positive(timeout, "headTimeout");
            return this;
        }

        /**
         * Sets how long a client may take to send a request's body, from the end of its head. Then 408 and close.
         * Default 30 seconds.
         */
        public Builder bodyTimeout(Duration timeout) {
            this.bodyTimeout = positive(timeout, "bodyTimeout");
            return this;
        }

        /**
         * Sets how long a client may take to read an answer, from the moment it is ready. Then the connection
         * closes. Default 30 seconds.
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            return this;
        }

        /**
         * Sets how long a connection stays open without a request: after it opens, and between requests. Default
         * 30 seconds.
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /** Sets the longest request line (method, target, version), above which the answer is 414. Default 8 KiB. */
        public Builder maxRequestLineBytes(int bytes) {
            this.maxRequestLineBytes = atLeast(bytes, 64, "maxRequestLineBytes");
            return this;
        }

        /** Sets the most bytes of all header fields of a request, above which the answer is 431. Default 16 KiB. */
        public Builder maxHeaderBytes(int bytes) {
            this.maxHeaderBytes = atLeast(bytes, 256, "maxHeaderBytes");
            return this;
        }

        /** Sets the most header fields of a request, above which the answer is 431. Default 100. */
        public Builder maxHeaderCount(int count) {
            this.maxHeaderCount = atLeast(count, 1, "maxHeaderCount");
            return this;
        }

        /**
         * Sets the most connections open at once; one more is answered 503 and closed. Default 1024. Each holds
         * at most one request in memory, its body bounded by the server's {@code maxBodyBytes}.
         */
        public Builder maxConnections(int count) {
            this.maxConnections = atLeast(count, 1, "maxConnections");
            return this;
        }

        /**
         * Sets the executor that runs the server on complete requests; the I/O thread then writes the answer. On
         * Java 21 a host can pass {@code Executors.newVirtualThreadPerTaskExecutor()}. The executor stays the host's: {@link #close()} does not shut
         * it down, so shut it down after closing the adapter. When it refuses a request, the answer is 503. Default: a
         * pool of {@code 2 * cores} daemon threads (at least 8) named {@code ocpi4j-http} with a queue of 256
         * requests, shut down on {@link #close()}.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Starts serving an OCPI server on an address; port 0 takes a free port ({@link #port()}).
         *
         * @throws UncheckedIOException if the address cannot be bound
         */
        public JdkHttpServerAdapter start(OcpiServer server, InetSocketAddress address) {
            Objects.requireNonNull(server, "server");
            return start(address, port -> server);
        }

        /**
         * Binds an address, then builds the OCPI server for the port bound and serves it: for port 0, whose port
         * is known only once bound but belongs in the server's base URL.
         *
         * @throws UncheckedIOException if the address cannot be bound
         */
        public JdkHttpServerAdapter start(InetSocketAddress address, IntFunction<OcpiServer> serverForPort) {
            ServerSocketChannel listener = null;
            ExecutorService own = null;
            try {
                listener = ServerSocketChannel.open();
                listener.bind(address, 128);
                int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
                OcpiServer server = serverForPort.apply(port);
                own = executor == null ? defaultExecutor() : null;
                Connector connector = new Connector(listener, server, limits(server), own != null ? own : executor);
                connector.start();
                return new JdkHttpServerAdapter(server, connector, port, own);
            } catch (IOException e) {
                close(listener, own);
                throw new UncheckedIOException("cannot serve on " + address, e);
            } catch (RuntimeException | Error e) {
                close(listener, own);
                throw e;
            }
        }

        private Limits limits(OcpiServer server) {
            return new Limits(
                    headTimeout.toNanos(),
                    bodyTimeout.toNanos(),
                    writeTimeout.toNanos(),
                    idleTimeout.toNanos(),
                    maxRequestLineBytes,
                    maxHeaderBytes,
                    maxHeaderCount,
                    maxConnections,
                    server.maxBodyBytes());
        }

        private static ExecutorService defaultExecutor() {
            int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
            return new ThreadPoolExecutor(
                    threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(256), runnable -> {
                        Thread t = new Thread(runnable, "ocpi4j-http");
                        t.setDaemon(true);
                        return t;
                    });
        }

        private static void close(@Nullable ServerSocketChannel listener, @Nullable ExecutorService own) {
            if (own != null) {
                own.shutdown();
            }
            if (listener != null) {
                try {
                    listener.close();
                } catch (IOException e) {
                    Connector.LOG.debug("closing: {}", e.getMessage());
                }
            }
        }

        private static Duration positive(Duration timeout, String name) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return timeout;
        }

        private static int atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min);
            }
            return value;
        }
    }
}
