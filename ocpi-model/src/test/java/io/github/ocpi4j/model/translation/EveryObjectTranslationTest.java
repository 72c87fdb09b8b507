package io.github.ocpi4j.model.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.model.ModelSamples;
import io.github.ocpi4j.model.ModelTypes;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.internal.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of either version that has a counterpart in the other, PATCH types included, found on disk so that a
 * type added later is covered too, each filled in every field and sent there and back: nothing it holds gets lost
 * without a {@link Loss} at or above its path, each loss names a place the source really has, and what loses nothing
 * on the way there comes back equal and loses nothing on the way back.
 */
class EveryObjectTranslationTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    static Stream<Arguments> counterparts() {
        List<Arguments> pairs = new ArrayList<>();
        for (Class<?> type : ModelTypes.V221.records()) {
            counterpart(type, ".v221.", ".v230.").ifPresent(other -> {
                pairs.add(Arguments.of(type, other));
                pairs.add(Arguments.of(other, type));
            });
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("counterparts")
    void everythingTheTargetCannotHoldIsReportedAtItsPlaceInTheSource(Class<?> type, Class<?> counterpart) {
        Object source = ModelSamples.filled(type);

        Translated<?> there = Translation.translate(source, counterpart);
        Translated<?> back = Translation.translate(there.value(), type);

        Map<String, JsonNode> before = leaves(tree(source));
        Map<String, JsonNode> after = leaves(tree(back.value()));
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            if (!same(before.get(path), after.get(path))) {
                assertThat(there.losses())
                        .as("%s changed from %s to %s without a loss", path, before.get(path), after.get(path))
                        .anyMatch(loss -> isAtOrBelow(path, loss.path()));
            }
        }
        for (Loss loss : there.losses()) {
            assertThat(before.keySet())
                    .as("a leaf of the source at or below %s", loss.path())
                    .anyMatch(path -> isAtOrBelow(path, loss.path()));
        }
        if (there.isLossless()) {
            assertThat(back.losses()).isEmpty();
            assertThat(back.value()).isEqualTo(source);
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("counterparts")
    void anObjectTranslatedIntoItsOwnVersionComesBackEqual(Class<?> type, Class<?> counterpart) {
        Object source = ModelSamples.filled(type);

        Translated<?> same = Translation.translate(source, type);

        assertThat(same.losses()).isEmpty();
        assertThat(same.value()).isEqualTo(source);
    }

    private static Optional<Class<?>> counterpart(Class<?> type, String from, String to) {
        try {
            return Optional.of(Class.forName(type.getName().replace(from, to)));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static JsonNode tree(Object value) {
        return io.github.ocpi4j.model.JsonAssertions.tree(JSON.write(value));
    }

    /** Every value of a document that is no object or array with content, by its path. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect(root, Path.ROOT, leaves);
        return leaves;
    }

    private static void collect(JsonNode node, Path path, Map<String, JsonNode> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.field(field.getKey()), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path.element(i), leaves);
            }
        } else {
            leaves.put(path.toString(), node);
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }

    /**
     * Returns whether the rendered {@code path} is {@code prefix} or lies below it: {@code evses[0].uid} lies below
     * {@code evses[0]} and {@code evses}, and every path lies below {@code $}.
     */
    private static boolean isAtOrBelow(String path, String prefix) {
        if (prefix.equals("$") || path.equals(prefix)) {
            return true;
        }
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return false;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }
}
