package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tariffs.TaxIncluded;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Pricing#price(Tariff, CDR, java.time.ZoneId)} of a CDR of 10 charging periods under a tariff of 4 elements
 * ({@link Fixtures#cdr()}, {@link Fixtures#tariff()}), on one thread: CDRs priced per second, with the explanation
 * of every amount. {@link #price230()} prices the same CDR and tariff in OCPI 2.3.0, the tariff's prices including
 * their VAT ({@code tax_included} {@code YES}), which the engine splits out: the cost of reading 2.3.0 and of the taxes
 * beside the 2.2.1 pricing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PricingBenchmark {
    Tariff tariff;
    CDR cdr;
    io.github.ocpi4j.model.v230.tariffs.Tariff tariff230;
    io.github.ocpi4j.model.v230.cdrs.CDR cdr230;

    /** Builds the tariff and the CDR. */
    @Setup
    public void setUp() {
        tariff = Fixtures.tariff();
        cdr = Fixtures.cdr();
        tariff230 = V221ToV230.tariff(tariff).value().toBuilder()
                .taxIncluded(TaxIncluded.YES)
                .build();
        cdr230 = V221ToV230.cdr(cdr).value();
    }

    /** Prices the CDR. */
    @Benchmark
    public PricingResult price() {
        return Pricing.price(tariff, cdr, Fixtures.ZONE);
    }

    /** Prices the CDR in OCPI 2.3.0, the tariff's prices including their VAT. */
    @Benchmark
    public io.github.ocpi4j.model.v230.pricing.PricingResult price230() {
        return io.github.ocpi4j.model.v230.pricing.Pricing.price(tariff230, cdr230, Fixtures.ZONE);
    }
}
