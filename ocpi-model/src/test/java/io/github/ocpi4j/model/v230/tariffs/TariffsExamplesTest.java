package io.github.ocpi4j.model.v230.tariffs;

import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Tariff example of OCPI 2.3.0 ({@code tariff_*.json}, {@code tariffrestriction_*.json}), read as a {@link
 * Tariff}, validated, written and compared with the original.
 */
class TariffsExamplesTest {
    private static final String VERSION = "2.3.0";

    /** The examples that break the specification's own rules, with every violation they hold. */
    private static final Map<String, List<Violation>> BROKEN = Map.of(
            // [[mod_tariffs_tariff_object]]: last_updated has cardinality 1, and the PUT example leaves it out.
            "tariff_put_example.json", List.of(new Violation("last_updated", "required")));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("tariff"));
    }

    @Test
    void theExamplesNewIn230AreAmongThem() {
        assertThat(examples())
                .hasSize(22)
                .contains(
                        "tariff_19_simple_north_american_exclusive.json",
                        "tariff_20_simple_north_american_inclusive.json")
                .containsAll(BROKEN.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, Example.of(Tariff.class), BROKEN.get(name));
    }
}
