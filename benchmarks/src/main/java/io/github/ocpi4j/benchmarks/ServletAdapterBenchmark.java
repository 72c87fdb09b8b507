package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.servlet.OcpiServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
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
 * The servlet adapter in embedded Jetty 12 over loopback, with the request and the client of {@link
 * AdapterBenchmark}: 16 client threads, each with its own keep-alive connection, {@code GET} one Location. The
 * baseline is a bare {@link HttpServlet} in the same Jetty (default configuration, a connector and context of its own
 * alike) answering the same status, headers and bytes, which the ocpi4j server produced once at setup.
 *
 * <p>Client, Jetty and JMH share the machine's cores; the ratio of the two methods, measured in the same run, is
 * what tells the cost of {@link OcpiServlet} and the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServletAdapterBenchmark {
    OcpiClient ocpiClient;
    Server jetty;
    OkHttpClient http;
    Request ocpi4jRequest;
    Request bareRequest;

    /**
     * Starts Jetty on 127.0.0.1 with two connectors, each with a context of its own that maps its servlet to {@code
     * /ocpi/*}, so that both get the same request but for the port; then the client.
     */
    @Setup
    public void setUp() throws Exception {
        ocpiClient = OcpiClient.builder().build();
        jetty = new Server();
        ServletContextHandler ocpi4j = context(jetty, "ocpi4j");
        ServletContextHandler bare = context(jetty, "bare");
        jetty.setHandler(new ContextHandlerCollection(ocpi4j, bare));
        jetty.start();
        int ocpi4jPort = port(jetty, "ocpi4j");
        int barePort = port(jetty, "bare");

        OcpiServer server = Cpo.server("http://127.0.0.1:" + ocpi4jPort + "/ocpi", Fixtures.locations(100), ocpiClient);
        ocpi4j.addServlet(new ServletHolder(new OcpiServlet(server)), "/ocpi/*");
        bare.addServlet(new ServletHolder(new BareServlet(server.handle(Cpo.get(AdapterBenchmark.TARGET)))), "/ocpi/*");

        http = AdapterBenchmark.client();
        ocpi4jRequest = AdapterBenchmark.request(ocpi4jPort);
        bareRequest = AdapterBenchmark.request(barePort);
    }

    /** A context served by a connector of its own, named as the context, on a free port of 127.0.0.1. */
    private static ServletContextHandler context(Server jetty, String name) {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setName(name);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setVirtualHosts(List.of("@" + name));
        return context;
    }

    private static int port(Server jetty, String connector) {
        for (Connector c : jetty.getConnectors()) {
            if (c.getName().equals(connector)) {
                return ((ServerConnector) c).getLocalPort();
            }
        }
        throw new IllegalStateException("no connector " + connector);
    }

    /** Stops Jetty and the clients. */
    @TearDown
    public void tearDown() throws Exception {
        AdapterBenchmark.close(http);
        jetty.stop();
        ocpiClient.close();
    }

    /** ocpi4j: {@link OcpiServlet} and the server. */
    @Benchmark
    public int ocpi4jServlet() throws IOException {
        return AdapterBenchmark.call(http, ocpi4jRequest);
    }

    /** Baseline: a bare servlet in the same Jetty answering the same bytes. */
    @Benchmark
    public int bareServlet() throws IOException {
        return AdapterBenchmark.call(http, bareRequest);
    }

    /** Answers every request with one response, as a servlet that has its bytes ready would. */
    static final class BareServlet extends HttpServlet {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient OcpiHttpResponse answer;

        BareServlet(OcpiHttpResponse answer) {
            this.answer = answer;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(answer.status());
            for (Map.Entry<String, String> h : answer.headers()) {
                resp.addHeader(h.getKey(), h.getValue());
            }
            resp.setContentLength(answer.body().length);
            resp.getOutputStream().write(answer.body());
        }
    }
}
