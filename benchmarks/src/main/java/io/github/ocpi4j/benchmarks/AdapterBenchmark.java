package io.github.ocpi4j.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDK adapter over loopback: 16 client threads, each with its own keep-alive connection (OkHttp), {@code GET} one
 * Location ({@code /ocpi/2.2.1/sender/locations/LOC00042}). The baseline is a bare {@link HttpServer} (default
 * configuration but for TCP_NODELAY) answering the same status, headers and bytes, which the ocpi4j server produced
 * once at setup.
 *
 * <p>Client, servers and JMH share the machine's cores, so the figures are those of the whole loop; the ratio of
 * the two, measured in the same run, is what tells the adapter's and the server's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdapterBenchmark {
    static final String TARGET = "/ocpi/2.2.1/sender/locations/LOC00042";

    OcpiClient ocpiClient;
    JdkHttpServerAdapter adapter;
    HttpServer bare;
    OkHttpClient http;
    Request ocpi4jRequest;
    Request bareRequest;

    /** Starts both servers on 127.0.0.1 and the client. */
    @Setup
    public void setUp() {
        ocpiClient = OcpiClient.builder().build();
        adapter = JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> Cpo.server("http://127.0.0.1:" + port + "/ocpi", Fixtures.locations(100), ocpiClient));
        OcpiHttpResponse answer = adapter.server().handle(Cpo.get(TARGET));
        bare = bare(answer);
        http = client();
        ocpi4jRequest = request(adapter.port());
        bareRequest = request(bare.getAddress().getPort());
    }

    /**
     * A bare JDK server answering every request with this response, with Nagle's algorithm off as the adapter has it:
     * otherwise the client's delayed ACK holds each keep-alive answer back some 40 ms. The JDK's server reads the
     * property once, when it is first used.
     */
    private static HttpServer bare(OcpiHttpResponse answer) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    for (Map.Entry<String, String> h : answer.headers()) {
                        exchange.getResponseHeaders().add(h.getKey(), h.getValue());
                    }
                    exchange.sendResponseHeaders(answer.status(), answer.body().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer.body());
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client of the adapter benchmarks: keep-alive connections enough for the 16 threads. */
    static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
                .build();
    }

    /** The eMSP's {@code GET} of {@link #TARGET} on a port of 127.0.0.1. */
    static Request request(int port) {
        return new Request.Builder()
                .url("http://127.0.0.1:" + port + TARGET)
                .header("Authorization", CredentialsTokens.header(Cpo.TOKEN, false))
                .header("X-Request-ID", "5e1c3f9a-0d7b-4c1e-9a57-3f1d2b9c8e01")
                .header("X-Correlation-ID", "b8f2a6d4-71c3-4e9b-8d05-6a2e4f1c9b37")
                .build();
    }

    /** Stops both servers and the client. */
    @TearDown
    public void tearDown() {
        close(http);
        adapter.close();
        bare.stop(0);
        ocpiClient.close();
    }

    /** ocpi4j: the JDK adapter and the server. */
    @Benchmark
    public int ocpi4jAdapter() throws IOException {
        return call(http, ocpi4jRequest);
    }

    /** Baseline: a bare JDK server answering the same bytes. */
    @Benchmark
    public int bareHttpServer() throws IOException {
        return call(http, bareRequest);
    }

    static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Sends a request and reads the whole body; returns its length. */
    static int call(OkHttpClient http, Request request) throws IOException {
        return body(http, request).length;
    }

    /** Sends a request and returns its whole body, which must come with 200. */
    static byte[] body(OkHttpClient http, Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("HTTP " + response.code() + " for " + request.url());
            }
            return response.body().bytes();
        }
    }
}
