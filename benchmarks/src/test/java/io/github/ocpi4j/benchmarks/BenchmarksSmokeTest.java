package io.github.ocpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.pricing.PricingLine;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.server.OcpiHttpResponse;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark method once, on small data, and checks that it does the work it claims and that ocpi4j and
 * its baseline give the same answer; {@code java -jar benchmarks/target/benchmarks.jar} measures them.
 */
class BenchmarksSmokeTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    @Test
    void jsonBenchmarkReadsAndWritesTheSamePageBothWays() throws Exception {
        JsonBenchmark b = new JsonBenchmark();
        b.count = 10;
        b.setUp();

        assertThat(b.ocpi4jRead()).isEqualTo(b.plainJacksonRead()).isEqualTo(Fixtures.locations(10));
        assertThat(b.ocpi4jValidate()).isEmpty();
        assertThat(PlainJackson.MAPPER.readTree(b.ocpi4jWrite()))
                .isEqualTo(PlainJackson.MAPPER.readTree(b.plainJacksonWrite()));
    }

    @Test
    void jsonBenchmarkReadsTheSame230PageBothWays() throws Exception {
        JsonBenchmark b = new JsonBenchmark();
        b.count = 10;
        b.setUp();

        assertThat(b.ocpi4jRead230()).isEqualTo(b.jacksonRead230()).isEqualTo(Fixtures.locations230(10));
    }

    @Test
    void theLocationsOf230UseWhat230AddsAndAreValid() {
        List<io.github.ocpi4j.model.v230.locations.Location> page = Fixtures.locations230(10);

        assertThat(JSON.validate(page)).isEmpty();
        assertThat(page).allSatisfy(location -> {
            assertThat((Object) location.helpPhone()).isNotNull();
            assertThat(location.parkingPlaces()).hasSize(2);
            assertThat(location.evses()).allSatisfy(evse -> {
                assertThat(evse.parking()).isNotEmpty();
                assertThat(evse.acceptedServiceProviders()).isNotEmpty();
            });
            assertThat(location.evses().get(3).connectors())
                    .allSatisfy(c -> assertThat(c.capabilities()).isNotEmpty());
        });
    }

    @Test
    void translationBenchmarkTranslatesThePageThereAndBackUnchanged() {
        TranslationBenchmark b = new TranslationBenchmark();
        b.count = 10;
        b.setUp();

        assertThat(b.to230()).isEqualTo(b.v230).hasSize(10);
        assertThat(b.to221()).isEqualTo(Fixtures.locations(10));
        assertThat(b.write()).isEqualTo(JSON.write(Fixtures.locations(10)));
    }

    @ParameterizedTest
    @CsvSource({"10, 1000", "100, 1000", "1000, 2000"})
    void serverBenchmarkAnswersThePageItsBaselineSerializes(int limit, int held) {
        ServerBenchmark b = new ServerBenchmark();
        b.limit = limit;
        b.setUp();
        try {
            OcpiHttpResponse response = b.ocpi4jHandle();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Total-Count")).isEqualTo(String.valueOf(held));
            assertThat(response.header("Link")).contains("offset=" + limit);
            assertThat(response.body()).isEqualTo(b.serializeEnvelope());
            OcpiResponse<List<Location>> page = JSON.read(response.body(), OcpiType.responseOfList(Location.class))
                    .get();
            assertThat(page.data()).isEqualTo(Fixtures.locations(limit));
        } finally {
            b.tearDown();
        }
    }

    @Test
    void adapterBenchmarkGetsTheSameLocationFromBothServers() throws Exception {
        AdapterBenchmark b = new AdapterBenchmark();
        b.setUp();
        try {
            int ocpi4j = b.ocpi4jAdapter();

            assertThat(ocpi4j).isGreaterThan(1000).isEqualTo(b.bareHttpServer());
            assertThat(AdapterBenchmark.body(b.http, b.ocpi4jRequest))
                    .isEqualTo(AdapterBenchmark.body(b.http, b.bareRequest));
        } finally {
            b.tearDown();
        }
    }

    @Test
    void servletAdapterBenchmarkGetsTheSameLocationFromBothServlets() throws Exception {
        ServletAdapterBenchmark b = new ServletAdapterBenchmark();
        b.setUp();
        try {
            int ocpi4j = b.ocpi4jServlet();

            assertThat(ocpi4j).isGreaterThan(1000).isEqualTo(b.bareServlet());
            assertThat(AdapterBenchmark.body(b.http, b.ocpi4jRequest))
                    .isEqualTo(AdapterBenchmark.body(b.http, b.bareRequest));
        } finally {
            b.tearDown();
        }
    }

    @Test
    void pagingBenchmarkCrawlsEveryPageBothWays() throws Exception {
        PagingBenchmark b = new PagingBenchmark();
        b.pages = 3;
        b.pageSize = 7;
        b.setUp();
        PagingBenchmark.Items items = new PagingBenchmark.Items();
        PagingBenchmark.Heap heap = new PagingBenchmark.Heap();
        heap.start();
        try {
            heap.reset();
            Blackhole bh = blackhole();

            assertThat(b.ocpi4jStream(items, heap, bh)).isEqualTo(21);
            assertThat(b.handWrittenLoop(items, heap, bh)).isEqualTo(21);
            assertThat(items.items).isEqualTo(42);
            assertThat(heap.heapGrowthMiB).isBetween(0.0, 64.0); // 21 Locations: nowhere near a kept list
        } finally {
            heap.stop();
            b.tearDown();
        }
    }

    @Test
    void pagingBenchmarkCrawlsTheLongListWholeAndItsLastTenthInWarmUp() {
        PagingBenchmark b = new PagingBenchmark();
        b.pages = 1;
        b.pageSize = 1;
        b.setUp();
        PagingBenchmark.Million million = new PagingBenchmark.Million();
        million.total = 300; // 3 pages of 100
        million.setUp();
        PagingBenchmark.Items items = new PagingBenchmark.Items();
        PagingBenchmark.Heap heap = new PagingBenchmark.Heap();
        heap.start();
        try {
            heap.reset();
            Blackhole bh = blackhole();

            million.start(true);
            assertThat(b.ocpi4jStreamMillion(million, items, heap, bh)).isEqualTo(100);
            million.start(false);
            assertThat(b.ocpi4jStreamMillion(million, items, heap, bh)).isEqualTo(300);
            assertThat(items.items).isEqualTo(400);
        } finally {
            heap.stop();
            million.tearDown();
            b.tearDown();
        }
    }

    @Test
    void pricingBenchmarkPricesTheCdrAtItsTotals() {
        PricingBenchmark b = new PricingBenchmark();
        b.setUp();

        PricingResult result = b.price();

        assertThat(result.totalCost()).isEqualTo(b.cdr.totalCost());
        assertThat(result.totalCost().exclVat()).isPositive();
        // the explanation, written when asked for, still accounts for every one of the 10 periods
        assertThat(result.explanation())
                .extracting(PricingLine::period)
                .containsAll(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void pricing230BenchmarkSplitsTheVatOutOfTheSamePrices() {
        PricingBenchmark b = new PricingBenchmark();
        b.setUp();

        io.github.ocpi4j.model.v230.pricing.PricingResult result = b.price230();

        // tax_included YES: the 2.2.1 amounts before VAT are the prices with it, 21 % of which is split out
        assertThat(result.totalCost().afterTaxes())
                .isEqualByComparingTo(b.cdr.totalCost().exclVat());
        assertThat(result.totalCost().taxes())
                .singleElement()
                .satisfies(tax -> assertThat(tax.percentage()).isEqualByComparingTo("21"));
        assertThat(result.totalCost().beforeTaxes())
                .isLessThan(result.totalCost().afterTaxes());
    }

    @Test
    void jmhFindsAndRunsTheBenchmarksInProcessWithTheCpuProfiler() throws Exception {
        Options options = new OptionsBuilder()
                .include(PricingBenchmark.class.getName() + "\\.price$") // the 2.2.1 method: one result
                .addProfiler(CpuProfiler.class)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .output("target/jmh-smoke.txt")
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSize(1);
        RunResult result = results.iterator().next();
        assertThat(result.getPrimaryResult().getScore()).isPositive();
        assertThat(result.getSecondaryResults().get("cpu.time.norm").getScore()).isPositive();
        assertThat(result.getSecondaryResults().get("cpu.cores").getScore()).isPositive();
    }

    private static Blackhole blackhole() {
        return new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }
}
