package io.github.ocpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.server.OcpiHttpResponse;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void translationBenchmarkTranslatesThePageThereAndBackUnchanged() {
        TranslationBenchmark b = new TranslationBenchmark();
        b.count = 10;
        b.setUp();

        assertThat(b.to230()).isEqualTo(b.v230).hasSize(10);
        assertThat(b.to221()).isEqualTo(Fixtures.locations(10));
        assertThat(b.write()).isEqualTo(JSON.write(Fixtures.locations(10)));
    }

    @Test
    void serverBenchmarkAnswersThePageItsBaselineSerializes() {
        ServerBenchmark b = new ServerBenchmark();
        b.setUp();
        try {
            OcpiHttpResponse response = b.ocpi4jHandle();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Total-Count")).isEqualTo("1000");
            assertThat(response.header("Link")).contains("offset=100");
            assertThat(response.body()).isEqualTo(b.serializeEnvelope());
            OcpiResponse<List<Location>> page = JSON.read(response.body(), OcpiType.responseOfList(Location.class))
                    .get();
            assertThat(page.data()).isEqualTo(Fixtures.locations(100));
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
    void pricingBenchmarkPricesTheCdrAtItsTotals() {
        PricingBenchmark b = new PricingBenchmark();
        b.setUp();

        PricingResult result = b.price();

        assertThat(result.totalCost()).isEqualTo(b.cdr.totalCost());
        assertThat(result.totalCost().exclVat()).isPositive();
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
