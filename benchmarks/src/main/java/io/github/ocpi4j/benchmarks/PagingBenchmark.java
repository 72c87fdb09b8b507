package io.github.ocpi4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.v221.LocationsSenderClient;
import io.github.ocpi4j.model.v221.locations.Location;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Crawling a Locations list of {@link #pages} pages of {@link #pageSize} (100,000 Locations, about 600 MiB of JSON)
 * from a local {@link PageServer}: the client's {@code locationsSender().stream(...)}, which follows the Link headers
 * and reads and validates each page, against a hand-written OkHttp + plain Jackson loop over the same pages, which
 * only binds.
 *
 * <p>One operation is one whole crawl; the {@code items} counter gives Locations per second. {@code heapGrowthMiB}
 * is the highest live heap during the iteration's crawls above the live heap before them ({@link HeapWatch}), and
 * the fork runs with {@code -Xmx256m}, so a client that kept the list would fail.
 *
 * <p>{@code ocpi4jStreamMillion} is the same crawl over a list ten times as long, {@link Million#total} Locations in
 * pages of 100, to show that the cost per Location and the heap stay flat as the list grows. One crawl of it takes
 * about a minute, so it runs one measured crawl per fork, after a warm-up crawl of the list's last tenth. The baseline
 * is not run at that size: the row asks only how ocpi4j grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PagingBenchmark {
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
    private static final ObjectReader PLAIN_PAGE = PlainJackson.MAPPER.readerFor(PlainPage.class);
    private static final String TOKEN = "bench-cpo-token-for-the-emsp";

    /** How many pages the list has. */
    @Param("1000")
    public int pages;

    /** How many Locations a page holds. */
    @Param("100")
    public int pageSize;

    PageServer server;
    OcpiClient client;
    LocationsSenderClient locations;
    OkHttpClient http;
    String authorization;

    /** The envelope of a page as a hand-written client would declare it. */
    record PlainPage(
            @JsonProperty("data") List<Location> data,
            @JsonProperty("status_code") int statusCode,
            @JsonProperty("status_message") String statusMessage,
            @JsonProperty("timestamp") Instant timestamp) {}

    /** What a crawl reports: Locations per second, and the live heap's growth. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Items {
        /** Locations read in this iteration. */
        public long items;

        /** Starts counting anew. */
        @Setup(Level.Iteration)
        public void reset() {
            items = 0;
        }
    }

    /** The live heap's growth during an iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Heap {
        HeapWatch watch;

        /** The highest growth in this iteration, in MiB. */
        public double heapGrowthMiB;

        /** Starts watching. */
        @Setup(Level.Trial)
        public void start() {
            watch = new HeapWatch();
        }

        /** Takes the live heap now as the baseline. */
        @Setup(Level.Iteration)
        public void reset() {
            watch.reset();
            heapGrowthMiB = 0;
        }

        /** Stops watching. */
        @TearDown(Level.Trial)
        public void stop() {
            watch.close();
        }

        void record() {
            heapGrowthMiB = Math.max(heapGrowthMiB, watch.growthMiB());
        }
    }

    /** The long list of {@code ocpi4jStreamMillion}: its own server and client. */
    @State(Scope.Benchmark)
    public static class Million {
        static final int PAGE_SIZE = 100;

        /** How many Locations the long list holds, in pages of 100. */
        @Param("1000000")
        public int total;

        PageServer server;
        OcpiClient client;
        LocationsSenderClient locations;
        int offset;

        /** Serializes the pages, starts the server, and a client allowed as many pages as the list has. */
        @Setup
        public void setUp() {
            int pages = total / PAGE_SIZE;
            server = new PageServer(pages, PAGE_SIZE);
            client = OcpiClient.builder().maxPages(pages).build();
            locations = locationsSender(client, server.url());
        }

        /** Warm-up iterations crawl only the list's last tenth; measured ones crawl all of it. */
        @Setup(Level.Iteration)
        public void iteration(IterationParams params) {
            start(params.getType() == IterationType.WARMUP);
        }

        void start(boolean warmUp) {
            int tenth = Math.max(PAGE_SIZE, total / 10 / PAGE_SIZE * PAGE_SIZE);
            offset = warmUp ? total - tenth : 0;
        }

        /** Stops the server and the client. */
        @TearDown
        public void tearDown() {
            client.close();
            server.close();
        }
    }

    /** Serializes the pages, starts the server, and the ocpi4j client of a partner registered with it. */
    @Setup
    public void setUp() {
        server = new PageServer(pages, pageSize);
        authorization = CredentialsTokens.header(TOKEN, false);
        client = OcpiClient.builder().build();
        locations = locationsSender(client, server.url());
        http = new OkHttpClient();
    }

    /** The Locations Sender of a CPO registered with a client, served at a URL. */
    static LocationsSenderClient locationsSender(OcpiClient client, String url) {
        Party cpo = new Party(
                "cpo",
                Party.Status.REGISTERED,
                "bench-emsp-token-c",
                TOKEN,
                "http://127.0.0.1:1/ocpi/versions",
                "2.2.1",
                List.of(PartyRole.of("CPO", "NL", "CPO")),
                List.of(new PartyEndpoint("locations", "SENDER", url)),
                false);
        return client.partner(cpo).v221().locationsSender();
    }

    /** Stops the server and the clients. */
    @TearDown
    public void tearDown() {
        client.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }

    /** ocpi4j: the client's stream over every page; returns the number of Locations. */
    @Benchmark
    public long ocpi4jStream(Items items, Heap heap, Blackhole bh) {
        return crawl(locations, ListQuery.all().limit(pageSize), items, heap, bh);
    }

    /**
     * ocpi4j: the same over the long list (from its last tenth in warm-up); returns the number of Locations. An
     * iteration is one crawl, however short its time.
     */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 1, time = 1)
    public long ocpi4jStreamMillion(Million million, Items items, Heap heap, Blackhole bh) {
        return crawl(
                million.locations, ListQuery.all().offset(million.offset).limit(Million.PAGE_SIZE), items, heap, bh);
    }

    private static long crawl(LocationsSenderClient locations, ListQuery query, Items items, Heap heap, Blackhole bh) {
        long n = 0;
        try (Stream<Location> all = locations.stream(query)) {
            for (Location location : (Iterable<Location>) all::iterator) {
                bh.consume(location);
                n++;
            }
        }
        items.items += n;
        heap.record();
        return n;
    }

    /** Baseline: OkHttp and plain Jackson, following the Link headers by hand; returns the number of Locations. */
    @Benchmark
    public long handWrittenLoop(Items items, Heap heap, Blackhole bh) throws IOException {
        long n = 0;
        String url = server.url() + "?limit=" + pageSize;
        while (url != null) {
            Request request = new Request.Builder()
                    .url(url)
                    .header("Authorization", authorization)
                    .build();
            try (Response response = http.newCall(request).execute()) {
                if (response.code() != 200) {
                    throw new IOException("HTTP " + response.code() + " for " + url);
                }
                PlainPage page;
                try (InputStream in = response.body().byteStream()) {
                    page = PLAIN_PAGE.readValue(in);
                }
                if (page.statusCode() != 1000) {
                    throw new IOException("OCPI " + page.statusCode() + " for " + url);
                }
                for (Location location : page.data()) {
                    bh.consume(location);
                    n++;
                }
                url = next(response.header("Link"));
            }
        }
        items.items += n;
        heap.record();
        return n;
    }

    private static @Nullable String next(@Nullable String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? m.group(1) : null;
    }
}
