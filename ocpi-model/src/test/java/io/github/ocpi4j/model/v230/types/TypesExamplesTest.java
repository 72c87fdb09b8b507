package io.github.ocpi4j.model.v230.types;

import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example of the classes every OCPI 2.3.0 module uses ({@code [[types_displaytext_class]]}) read, validated,
 * written and compared with the original.
 */
class TypesExamplesTest {
    private static final String VERSION = "2.3.0";

    private static final Map<String, Example> EXAMPLES =
            Map.of("type_displaytext_example.json", Example.of(DisplayText.class));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("type_"));
    }

    @Test
    void everyTypesExampleHasATypeHere() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, EXAMPLES.get(name), null);
    }
}
