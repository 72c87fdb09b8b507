package io.github.ocpi4j.model.v230.tokens;

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
 * Every example of the OCPI 2.3.0 tokens module ({@code [[mod_tokens_tokens_module]]}): Tokens, a PATCH body and the
 * responses of a GET, read into its type, validated, written and compared with the original. None breaks a rule.
 */
class TokensExamplesTest {
    private static final String VERSION = "2.3.0";

    private static final Map<String, Example> EXAMPLES = Map.of(
            "token_example_1_app_user.json", Example.of(Token.class),
            "token_example_2_full_rfid.json", Example.of(Token.class),
            "token_put_example.json", Example.of(Token.class),
            "token_patch_example.json", Example.of(TokenPatch.class),
            "transport_and_format_get_token_example.json", new Example(OcpiType.responseOf(Token.class), null),
            "transport_and_format_get_token_list_example.json",
                    new Example(OcpiType.responseOfList(Token.class), null));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream()
                .filter(n -> n.startsWith("token") || n.startsWith("transport_and_format_get_token"));
    }

    @Test
    void everyTokensExampleHasATypeHere() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        assertExample(VERSION, name, EXAMPLES.get(name), null);
    }
}
