package io.github.ocpi4j.model.v230.sessions;

import static io.github.ocpi4j.model.v230.SpecExamples.assertReadValidAndWrittenBackUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Session example of OCPI 2.3.0: two Sessions and two PATCH bodies, all valid. */
class SessionsExamplesTest {

    @Test
    void everySessionExampleIsTested() {
        assertThat(SpecExamples.names(n -> n.startsWith("session")))
                .containsExactly(
                        "session_example_1_simple_start.json",
                        "session_example_2_short_finished.json",
                        "session_patch_example_charging_period.json",
                        "session_patch_example_total_cost.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_example_1_simple_start.json", "session_example_2_short_finished.json"})
    void sessionExampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertReadValidAndWrittenBackUnchanged(name, Session.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_patch_example_charging_period.json", "session_patch_example_total_cost.json"})
    void patchExampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertReadValidAndWrittenBackUnchanged(name, SessionPatch.class);
    }
}
