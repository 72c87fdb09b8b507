package io.github.ocpi4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.Location;
import java.io.IOException;
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
 * A page of Locations (a JSON array of {@link #count} of them, about 6 KiB each) read from bytes into validated
 * records and written back to bytes, by ocpi4j's {@link OcpiJson} and by {@link PlainJackson} into and from the
 * same records.
 *
 * <p>{@code ocpi4jRead} is what a client or server does with a partner's page: read with every problem reported at
 * its path, then check every rule of the specification, {@link io.github.ocpi4j.model.ReadResult#get()} failing on
 * any. {@code plainJacksonRead} only binds. {@code ocpi4jRead230} and {@code jacksonRead230} do the same with the page
 * in OCPI 2.3.0, which has the fields 2.3.0 adds as well. Run with {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
    private static final OcpiType<List<Location>> PAGE = OcpiType.listOf(Location.class);
    private static final ObjectReader PLAIN_READER =
            PlainJackson.MAPPER.readerFor(new TypeReference<List<Location>>() {});
    private static final OcpiType<List<io.github.ocpi4j.model.v230.locations.Location>> PAGE_230 =
            OcpiType.listOf(io.github.ocpi4j.model.v230.locations.Location.class);
    private static final ObjectReader PLAIN_READER_230 =
            PlainJackson.MAPPER.readerFor(new TypeReference<List<io.github.ocpi4j.model.v230.locations.Location>>() {});

    /** How many Locations the page holds. */
    @Param("1000")
    public int count;

    List<Location> locations;
    byte[] bytes;
    byte[] bytes230;

    /** Generates the page in both versions and serializes each once. */
    @Setup
    public void setUp() {
        locations = Fixtures.locations(count);
        bytes = OcpiJson.instance().write(locations);
        bytes230 = OcpiJson.instance().write(Fixtures.locations230(count));
    }

    /** ocpi4j: bytes to records, read and validated. */
    @Benchmark
    public List<Location> ocpi4jRead() {
        return OcpiJson.instance().read(bytes, PAGE).get();
    }

    /** Baseline: plain Jackson, bytes to the same records, no validation. */
    @Benchmark
    public List<Location> plainJacksonRead() throws IOException {
        return PLAIN_READER.readValue(bytes);
    }

    /** ocpi4j: the same for the page in OCPI 2.3.0 ({@link Fixtures#location230(int)}), bytes to validated records. */
    @Benchmark
    public List<io.github.ocpi4j.model.v230.locations.Location> ocpi4jRead230() {
        return OcpiJson.instance().read(bytes230, PAGE_230).get();
    }

    /** Baseline: plain Jackson, the 2.3.0 page's bytes to the same 2.3.0 records, no validation. */
    @Benchmark
    public List<io.github.ocpi4j.model.v230.locations.Location> jacksonRead230() throws IOException {
        return PLAIN_READER_230.readValue(bytes230);
    }

    /** ocpi4j: only the validation that {@code ocpi4jRead} does after binding, for the breakdown. */
    @Benchmark
    public List<Violation> ocpi4jValidate() {
        return OcpiJson.instance().validate(locations);
    }

    /** ocpi4j: records to bytes. */
    @Benchmark
    public byte[] ocpi4jWrite() {
        return OcpiJson.instance().write(locations);
    }

    /** Baseline: plain Jackson, the same records to the same JSON. */
    @Benchmark
    public byte[] plainJacksonWrite() throws IOException {
        return PlainJackson.MAPPER.writeValueAsBytes(locations);
    }
}
