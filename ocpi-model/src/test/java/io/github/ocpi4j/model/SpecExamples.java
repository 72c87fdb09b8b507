package io.github.ocpi4j.model;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The tests a module makes of its share of the specification's JSON examples: each example read into its type,
 * validated, written and compared with the original, and a check that no example of the module lacks a type.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> examples() {
 *     return SpecExamples.of("2.3.0", List.of("credentials_"), Map.of("credentials_example.json", OcpiType.of(Credentials.class)));
 * }
 * }</pre>
 */
public final class SpecExamples {
    private static final OcpiJson JSON = OcpiJson.instance();

    private SpecExamples() {}

    /**
     * Returns the tests of a module's examples.
     *
     * @param version the version whose examples are read, such as {@code 2.3.0}
     * @param prefixes the beginnings of the file names of the module's examples
     * @param types the type each of those examples holds, by file name
     */
    public static Stream<DynamicTest> of(String version, List<String> prefixes, Map<String, OcpiType<?>> types) {
        List<String> names = SpecFiles.exampleNames(version).stream()
                .filter(n -> prefixes.stream().anyMatch(n::startsWith))
                .toList();
        DynamicTest coverage = DynamicTest.dynamicTest(
                "every example named " + prefixes + " has a type here",
                () -> assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(names));
        return Stream.concat(
                Stream.of(coverage),
                names.stream()
                        .filter(types::containsKey)
                        .map(name -> DynamicTest.dynamicTest(
                                name + " is read, validated and written back unchanged",
                                () -> assertReadValidatedAndWrittenBackUnchanged(version, name, types.get(name)))));
    }

    private static void assertReadValidatedAndWrittenBackUnchanged(String version, String name, OcpiType<?> type) {
        byte[] json = SpecFiles.example(version, name);

        ReadResult<?> result = JSON.read(json, type);

        assertThat(result.isWellFormed()).isTrue();
        assertThat(result.violations()).isEmpty();
        Object value = result.get();
        assertThat(JSON.validate(value)).isEmpty();
        assertSameJson(JSON.write(value), json);
    }
}
