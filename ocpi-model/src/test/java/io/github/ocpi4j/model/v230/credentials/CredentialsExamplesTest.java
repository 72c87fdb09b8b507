package io.github.ocpi4j.model.v230.credentials;

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
 * Every Credentials example of OCPI 2.3.0 ({@code [[credentials_example]]}) read, validated, written and compared with
 * the original. None breaks a rule.
 */
class CredentialsExamplesTest {
    private static final String VERSION = "2.3.0";

    private static final Map<String, Example> EXAMPLES = Map.of(
            "credentials_example.json", Example.of(Credentials.class),
            "credentials_example2.json", Example.of(Credentials.class),
            "credentials_example3.json", Example.of(Credentials.class),
            "credentials_example4.json", Example.of(Credentials.class));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("credentials"));
    }

    @Test
    void everyCredentialsExampleHasATypeHere() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, EXAMPLES.get(name), null);
    }
}
