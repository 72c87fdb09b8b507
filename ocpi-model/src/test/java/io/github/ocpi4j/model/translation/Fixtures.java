package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import java.nio.charset.StandardCharsets;

/** Reading the objects of the translation tests from JSON, and checking what a translation gave. */
final class Fixtures {
    private static final OcpiJson JSON = OcpiJson.instance();

    private Fixtures() {}

    /** Reads a valid object of either version; single quotes stand for double ones, to keep the tests readable. */
    static <T> T read(String json, Class<T> type) {
        return JSON.read(json.replace('\'', '"'), type).get();
    }

    /** Asserts that a translated object is valid in its version and written as this JSON (single quotes allowed). */
    static void assertValidAndWrittenAs(Object value, String json) {
        assertThat(JSON.validate(value)).isEmpty();
        assertSameJson(JSON.write(value), json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }
}
