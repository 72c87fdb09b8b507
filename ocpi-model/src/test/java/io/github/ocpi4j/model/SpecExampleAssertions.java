package io.github.ocpi4j.model;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.JsonAssertions.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The check that every examples test of a module makes on one JSON example of the specification: read it into its
 * type, then either find exactly the violations the example is known to hold, or find none and write it back to the
 * same JSON.
 */
public final class SpecExampleAssertions {
    private static final OcpiJson JSON = OcpiJson.instance();

    /**
     * Where an example is read: its type, and the field that holds it when the file is a fragment of a larger object
     * ({@code {"energy_mix": {...}}}).
     *
     * @param type the type to read
     * @param field the field that holds the example, or {@code null} for the whole file
     */
    public record Example(OcpiType<?> type, @Nullable String field) {
        /** An example that is the whole file. */
        public static Example of(Class<?> type) {
            return new Example(OcpiType.of(type), null);
        }

        /** An example held by one field of the file. */
        public static Example at(String field, Class<?> type) {
            return new Example(OcpiType.of(type), field);
        }
    }

    private SpecExampleAssertions() {}

    /**
     * Reads an example and checks it.
     *
     * @param version the specification's version, such as {@code 2.3.0}
     * @param name the example's file name
     * @param example where and as what to read it
     * @param violations the violations the example holds because it breaks a rule of the text, or {@code null} when
     *     it is expected to be valid
     */
    public static void assertExample(
            String version, String name, Example example, @Nullable List<Violation> violations) {
        byte[] json = SpecFiles.example(version, name);
        if (example.field() != null) {
            json = bytes(tree(json).get(example.field()));
        }

        ReadResult<?> result = JSON.read(json, example.type());

        assertThat(result.isWellFormed()).isTrue();
        if (violations != null) {
            assertThat(result.violations()).containsExactlyInAnyOrderElementsOf(violations);
            return;
        }
        assertThat(result.violations()).isEmpty();
        Object value = result.get();
        assertThat(JSON.validate(value)).isEmpty();
        assertSameJson(JSON.write(value), json);
    }

    private static byte[] bytes(Object tree) {
        try {
            return new ObjectMapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
