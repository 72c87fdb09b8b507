package io.github.ocpi4j.model.v230.sessions;

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
 * Every Session example of OCPI 2.3.0, two Sessions and two PATCH bodies, read into its type, validated, written and
 * compared with the original. None breaks a rule.
 */
class SessionsExamplesTest {
    private static final String VERSION = "2.3.0";

    private static final Map<String, Example> EXAMPLES = Map.of(
            "session_example_1_simple_start.json", Example.of(Session.class),
            "session_example_2_short_finished.json", Example.of(Session.class),
            "session_patch_example_charging_period.json", Example.of(SessionPatch.class),
            "session_patch_example_total_cost.json", Example.of(SessionPatch.class));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("session"));
    }

    @Test
    void everySessionExampleHasATypeHere() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, EXAMPLES.get(name), null);
    }
}
