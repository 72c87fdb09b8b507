package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;

/** Compares JSON documents as trees: key order and the spelling of numbers ({@code 2.0} and {@code 2.00}) aside. */
public final class JsonAssertions {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonAssertions() {}

    /** Asserts that two documents hold the same JSON. */
    public static void assertSameJson(byte[] actual, byte[] expected) {
        JsonNode a = tree(actual);
        JsonNode e = tree(expected);
        assertThat(a.equals(NUMBERS_BY_VALUE, e))
                .as("JSON differs:%n  expected %s%n  actual   %s", e, a)
                .isTrue();
    }

    /** Returns a document as a tree. */
    public static JsonNode tree(byte[] json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
