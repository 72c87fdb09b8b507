package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link OcpiServer#handle} in process for {@code GET /ocpi/2.2.1/sender/locations?limit=100}, a host holding 1,000
 * locations: authentication, routing, paging parameters, the host's page, the check of the page against OCPI's
 * rules, the envelope, the paging headers and the JSON. The baseline is only the last step: writing the same 100
 * Locations in an envelope.
 *
 * <p>{@link #limit} also asks for pages of 10 and 1,000, each against its own baseline, to show how the cost grows
 * with the page: the host holds twice the page, at least 1,000 locations, so that every page has a next one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServerBenchmark {
    /** How many Locations a page holds: the request's {@code limit}. */
    @Param({"10", "100", "1000"})
    public int limit;

    OcpiClient client;
    OcpiServer server;
    OcpiHttpRequest request;
    OcpiResponse<List<Location>> envelope;

    /** Starts nothing: the server is called in process. */
    @Setup
    public void setUp() {
        List<Location> locations = Fixtures.locations(Math.max(1000, 2 * limit));
        client = OcpiClient.builder().build();
        server = Cpo.server("http://127.0.0.1:8080/ocpi", locations, client);
        request = Cpo.get("/ocpi/2.2.1/sender/locations?limit=" + limit);
        envelope = new OcpiResponse<>(locations.subList(0, limit), OcpiStatusCode.SUCCESS, "Success", Cpo.NOW);
    }

    /** Releases the client the server would call partners with. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** ocpi4j: the whole request. */
    @Benchmark
    public OcpiHttpResponse ocpi4jHandle() {
        return server.handle(request);
    }

    /** Baseline: the same page written in its envelope. */
    @Benchmark
    public byte[] serializeEnvelope() {
        return OcpiJson.instance().write(envelope);
    }
}
