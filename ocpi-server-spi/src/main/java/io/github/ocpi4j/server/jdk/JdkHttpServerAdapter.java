package io.github.ocpi4j.server.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Serves an {@link OcpiServer} with the JDK's built-in HTTP server: no servlet container, no dependency.
 *
 * <pre>{@code
 * try (JdkHttpServerAdapter http = JdkHttpServerAdapter.start(server, new InetSocketAddress("0.0.0.0", 8080))) {
 *     System.out.println("versions: " + server.versionsUrl());
 *     Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>It answers every path of the address; the {@code OcpiServer} answers 404 below its base URL's path for what
 * it does not know. Requests run on a pool of {@code 2 * cores} threads (at least 8). Close it to stop.
 *
 * <p>Loading this class sets the system property {@code sun.net.httpserver.nodelay} to {@code true} unless it is
 * set: responses go out without the delay of Nagle's algorithm (some 40 ms a request on keep-alive connections).
 */
public final class JdkHttpServerAdapter implements HttpHandler, AutoCloseable {
    static {
        // The JDK's server writes a response's headers and body in two writes; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK hold the body back some 40 ms on every keep-alive request. The JDK reads the
        // property once, when its server is first used; a value the application set is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final OcpiServer server;
    private final HttpServer http;
    private final ExecutorService executor;
    private final AtomicInteger inProgress = new AtomicInteger();

    private JdkHttpServerAdapter(OcpiServer server, HttpServer http, ExecutorService executor) {
        this.server = server;
        this.http = http;
        this.executor = executor;
    }

    /**
     * Starts serving an OCPI server on an address; port 0 takes a free port ({@link #port()}).
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static JdkHttpServerAdapter start(OcpiServer server, InetSocketAddress address) {
        return start(address, port -> server);
    }

    /**
     * Binds an address, then builds the OCPI server for the port bound and serves it: for port 0, whose port is
     * known only once bound but belongs in the server's base URL.
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
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on " + address, e);
        }
        OcpiServer server;
        try {
            server = serverForPort.apply(http.getAddress().getPort());
        } catch (RuntimeException e) {
            http.start(); // the JDK's server releases its port in stop() only once it has started
            http.stop(0);
            throw e;
        }
        ExecutorService executor = Executors.newFixedThreadPool(
                Math.max(8, 2 * Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread t = new Thread(runnable, "ocpi4j-http");
                    t.setDaemon(true);
                    return t;
                });
        JdkHttpServerAdapter adapter = new JdkHttpServerAdapter(server, http, executor);
        http.createContext("/", adapter);
        http.setExecutor(executor);
        http.start();
        return adapter;
    }

    /** Returns the OCPI server served. */
    public OcpiServer server() {
        return server;
    }

    /** Returns the port served, useful after starting on port 0. */
    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        inProgress.incrementAndGet();
        try {
            serve(exchange);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream body = exchange.getRequestBody()) {
            OcpiHttpRequest.Builder request = OcpiHttpRequest.builder()
                    .method(exchange.getRequestMethod())
                    .path(exchange.getRequestURI().getRawPath())
                    .query(exchange.getRequestURI().getRawQuery())
                    .body(body);
            for (Map.Entry<String, List<String>> header :
                    exchange.getRequestHeaders().entrySet()) {
                for (String value : header.getValue()) {
                    request.header(header.getKey(), value);
                }
            }
            OcpiHttpResponse response = server.handle(request.build());
            for (Map.Entry<String, String> header : response.headers()) {
                exchange.getResponseHeaders().add(header.getKey(), header.getValue());
            }
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    /** Stops serving: waits up to a second for requests in progress, then closes. */
    @Override
    public void close() {
        // before Java 21 the JDK's server waits out the whole delay even when no request is in progress
        http.stop(inProgress.get() == 0 ? 0 : 1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
