package io.github.ocpi4j.model.v230.tariffs;

import static io.github.ocpi4j.model.v230.SpecExamples.assertReadValidAndWrittenBackUnchanged;
import static io.github.ocpi4j.model.v230.SpecExamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.SpecExamples;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Tariff example of OCPI 2.3.0 ({@code tariff_*.json}, {@code tariffrestriction_*.json}). */
class TariffsExamplesTest {
    /** The one example that breaks the specification's rules, asserted apart. */
    private static final String PUT_EXAMPLE = "tariff_put_example.json";

    static Stream<String> validExamples() {
        return SpecExamples.names(n -> n.startsWith("tariff") && !n.equals(PUT_EXAMPLE)).stream();
    }

    @Test
    void everyTariffExampleIsTested() {
        assertThat(SpecExamples.names(n -> n.startsWith("tariff")))
                .hasSize(22)
                .contains(
                        PUT_EXAMPLE,
                        "tariff_19_simple_north_american_exclusive.json",
                        "tariff_20_simple_north_american_inclusive.json",
                        "tariffrestriction_example_max_duration.json",
                        "tariffrestriction_example_max_power.json");
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertReadValidAndWrittenBackUnchanged(name, Tariff.class);
    }

    /** {@code [[mod_tariffs_tariff_object]]}: {@code last_updated} has cardinality 1, the PUT example leaves it out. */
    @Test
    void putExampleLacksLastUpdated() {
        assertThat(violationsOf(PUT_EXAMPLE, Tariff.class)).containsExactly(new Violation("last_updated", "required"));
    }
}
