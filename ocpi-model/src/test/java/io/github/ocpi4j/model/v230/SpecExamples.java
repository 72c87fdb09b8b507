package io.github.ocpi4j.model.v230;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The JSON examples of OCPI 2.3.0 ({@code ocpi-spec-examples/2.3.0/}), for the examples test of each module: the
 * examples of a module found by name, and the two outcomes an example may have.
 */
public final class SpecExamples {
    private static final String VERSION = "2.3.0";
    private static final OcpiJson JSON = OcpiJson.instance();

    private SpecExamples() {}

    /** Returns the names of the examples that pass the filter, sorted. */
    public static List<String> names(Predicate<String> filter) {
        return SpecFiles.exampleNames(VERSION).stream().filter(filter).toList();
    }

    /**
     * Asserts that an example is read into the type without a violation, that the value read is valid, and that it
     * is written back as the same JSON.
     */
    public static void assertReadValidAndWrittenBackUnchanged(String name, Class<?> type) {
        assertDocumentReadValidAndWrittenBackUnchanged(text(name), type);
    }

    /** Asserts the same of a JSON document, such as an example mended where it breaks a rule. */
    public static void assertDocumentReadValidAndWrittenBackUnchanged(String json, Class<?> type) {
        ReadResult<?> result = JSON.read(json, type);

        assertThat(result.violations()).isEmpty();
        assertThat(JSON.validate(result.get())).isEmpty();
        assertSameJson(JSON.write(result.get()), json.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the text of an example. */
    public static String text(String name) {
        return new String(SpecFiles.example(VERSION, name), StandardCharsets.UTF_8);
    }

    /** Returns the violations met in reading an example, which must be well-formed JSON of the type. */
    public static List<Violation> violationsOf(String name, Class<?> type) {
        ReadResult<?> result = JSON.read(SpecFiles.example(VERSION, name), type);
        assertThat(result.isWellFormed()).as(name).isTrue();
        return result.violations();
    }
}
