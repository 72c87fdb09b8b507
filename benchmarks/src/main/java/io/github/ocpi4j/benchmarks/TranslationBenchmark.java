package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v221.locations.Location;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of {@link #count} Locations translated between OCPI 2.2.1 and 2.3.0, one by one, as a server does that
 * serves a 2.2.1 backend to 2.3.0 partners (or the other way round), against writing the same page, which that server
 * does anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TranslationBenchmark {
    /** How many Locations the page holds. */
    @Param("1000")
    public int count;

    List<Location> v221;
    List<io.github.ocpi4j.model.v230.locations.Location> v230;

    /** Generates the page in both versions. */
    @Setup
    public void setUp() {
        v221 = Fixtures.locations(count);
        v230 = v221.stream().map(l -> V221ToV230.location(l).value()).toList();
    }

    /** The page from 2.2.1 to 2.3.0. */
    @Benchmark
    public List<io.github.ocpi4j.model.v230.locations.Location> to230() {
        List<io.github.ocpi4j.model.v230.locations.Location> page = new ArrayList<>(v221.size());
        for (Location location : v221) {
            page.add(V221ToV230.location(location).value());
        }
        return page;
    }

    /** The page from 2.3.0 to 2.2.1. */
    @Benchmark
    public List<Location> to221() {
        List<Location> page = new ArrayList<>(v230.size());
        for (io.github.ocpi4j.model.v230.locations.Location location : v230) {
            page.add(V230ToV221.location(location).value());
        }
        return page;
    }

    /** Baseline: writing the 2.2.1 page as JSON. */
    @Benchmark
    public byte[] write() {
        return OcpiJson.instance().write(v221);
    }
}
