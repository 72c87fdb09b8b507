package io.github.ocpi4j.model.v221.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.v221.locations.PublishTokenType;
import org.junit.jupiter.api.Test;

/** {@link TokenType}, an open enumeration ({@code [[mod_tokens_tokentype_enum]]}). */
class TokenTypeTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    @Test
    void knownValuesAreTheConstantsInTheSpecificationsOrder() {
        assertThat(TokenType.knownValues())
                .containsExactly(TokenType.AD_HOC_USER, TokenType.APP_USER, TokenType.OTHER, TokenType.RFID);
        assertThat(TokenType.knownValues()).allMatch(TokenType::isKnown);
    }

    @Test
    void ofReturnsTheConstantForAKnownValue() {
        assertThat(TokenType.of("APP_USER")).isSameAs(TokenType.APP_USER);
        assertThat(TokenType.of("RFID").value()).isEqualTo("RFID");
    }

    @Test
    void valuesCompareCaseSensitively() {
        assertThat(TokenType.of("rfid")).isNotEqualTo(TokenType.RFID);
        assertThat(TokenType.of("rfid").isKnown()).isFalse();
    }

    @Test
    void unknownValueIsKeptAndWrittenBackUnchanged() {
        String json = JSON.writeString(TokenTest.token()).replace("\"RFID\"", "\"EMAID\"");

        ReadResult<Token> result = JSON.read(json, Token.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().type().isKnown()).isFalse();
        assertThat(result.get().type()).isEqualTo(TokenType.of("EMAID"));
        assertThat(JSON.writeString(result.get())).isEqualTo(json);
    }

    @Test
    void publishTokenTypeOfLocationsUsesTokenType() {
        PublishTokenType publish = JSON.read("{\"uid\":\"012345678\",\"type\":\"AD_HOC_USER\"}", PublishTokenType.class)
                .get();

        assertThat(publish.type()).isSameAs(TokenType.AD_HOC_USER);
    }
}
