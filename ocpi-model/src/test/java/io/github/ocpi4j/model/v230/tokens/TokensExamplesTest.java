package io.github.ocpi4j.model.v230.tokens;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecExamples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The OCPI 2.3.0 examples of the tokens module ({@code [[mod_tokens_tokens_module]]}). */
class TokensExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyTokensExampleIsReadValidatedAndWrittenBackUnchanged() {
        return SpecExamples.of(
                "2.3.0",
                List.of("token", "transport_and_format_get_token"),
                Map.of(
                        "token_example_1_app_user.json", OcpiType.of(Token.class),
                        "token_example_2_full_rfid.json", OcpiType.of(Token.class),
                        "token_put_example.json", OcpiType.of(Token.class),
                        "token_patch_example.json", OcpiType.of(TokenPatch.class),
                        "transport_and_format_get_token_example.json", OcpiType.responseOf(Token.class),
                        "transport_and_format_get_token_list_example.json", OcpiType.responseOfList(Token.class)));
    }
}
