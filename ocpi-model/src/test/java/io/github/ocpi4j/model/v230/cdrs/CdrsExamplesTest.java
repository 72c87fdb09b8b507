package io.github.ocpi4j.model.v230.cdrs;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CDR example of OCPI 2.3.0, {@code cdr_example.json}, the module's only one. */
class CdrsExamplesTest {
    private static final String VERSION = "2.3.0";
    private static final String EXAMPLE = "cdr_example.json";

    /** Where the example's Tariff gives its {@code last_updated}. */
    private static final String TARIFF_LAST_UPDATED = "\"last_updated\": \"2024-05-02T14:15:01Z\"";

    /** Returns the example with {@code tax_included} {@code NO} given in its Tariff, which makes it valid. */
    static String mendedExample() {
        String json = new String(SpecFiles.example(VERSION, EXAMPLE), StandardCharsets.UTF_8);
        assertThat(json).containsOnlyOnce(TARIFF_LAST_UPDATED);
        return json.replace(TARIFF_LAST_UPDATED, "\"tax_included\": \"NO\", " + TARIFF_LAST_UPDATED);
    }

    static Stream<String> examples() {
        return Stream.of(EXAMPLE);
    }

    @Test
    void cdrExampleIsTheOnlyCdrExample() {
        assertThat(SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("cdr")))
                .containsExactly(EXAMPLE);
    }

    /**
     * {@code [[mod_tariffs_tariff_object]]}: {@code tax_included} has cardinality 1, and the Tariff inside the CDR
     * example, written as in 2.2.1, leaves it out.
     */
    @Test
    void cdrExampleHoldsATariffWithoutTaxIncluded() {
        assertExample(
                VERSION, EXAMPLE, Example.of(CDR.class), List.of(new Violation("tariffs[0].tax_included", "required")));
    }

    @Test
    void cdrExampleWithTaxIncludedGivenIsReadValidatedAndWrittenBackUnchanged() {
        OcpiJson json = OcpiJson.instance();
        String mended = mendedExample();

        ReadResult<CDR> read = json.read(mended, CDR.class);

        assertThat(read.violations()).isEmpty();
        assertThat(json.validate(read.get())).isEmpty();
        assertSameJson(json.write(read.get()), mended.getBytes(StandardCharsets.UTF_8));
    }
}
