package io.github.ocpi4j.model.v230.versions;

import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the OCPI 2.3.0 versions module ({@code [[versions_module]]}), the version list and the version
 * details, bare and in a response envelope, read into its type, validated, written and compared with the original. None
 * breaks a rule.
 */
class VersionsExamplesTest {
    private static final String VERSION = "2.3.0";

    private static final Map<String, Example> EXAMPLES = Map.of(
            "versions_info_example.json", new Example(OcpiType.listOf(Version.class), null),
            "version_details_example.json", Example.of(VersionDetails.class),
            "version_details_example2.json", Example.of(VersionDetails.class),
            "transport_and_format_version_info_example.json", new Example(OcpiType.responseOfList(Version.class), null),
            "transport_and_format_version_details_example.json",
                    new Example(OcpiType.responseOf(VersionDetails.class), null));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream()
                .filter(n -> n.startsWith("version") || n.startsWith("transport_and_format_version"));
    }

    @Test
    void everyVersionsExampleHasATypeHere() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, EXAMPLES.get(name), null);
    }
}
