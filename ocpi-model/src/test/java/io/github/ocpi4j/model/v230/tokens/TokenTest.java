package io.github.ocpi4j.model.v230.tokens;

import static io.github.ocpi4j.model.v230.tokens.TokenFixtures.emaid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.types.DisplayText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * OCPI 2.3.0 Token, its PATCH body and AuthorizationInfo ({@code [[mod_tokens_token_object]]}, {@code
 * [[mod_tokens_tokentype_enum]]}, {@code [[mod_tokens_patch_method]]}, {@code
 * [[mod_tokens_authorizationinfo_object]]}).
 */
class TokenTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void anEmaidTokenIsAKnownTypeAndValid() {
        String body = json.writeString(emaid());

        ReadResult<Token> result = json.read(body, Token.class);

        assertThat(body).contains("\"type\":\"EMAID\"");
        assertThat(result.violations()).isEmpty();
        assertThat(result.get().type()).isSameAs(TokenType.EMAID);
        assertThat(result.get()).isEqualTo(emaid());
    }

    @Test
    void aTokenTypeFromBeyondTheSpecificationIsKeptAsItWasSent() {
        String body = json.writeString(emaid()).replace("\"EMAID\"", "\"LICENSE_PLATE\"");

        ReadResult<Token> result = json.read(body, Token.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().type().isKnown()).isFalse();
        assertThat(json.writeString(result.get())).isEqualTo(body);
    }

    @Test
    void unknownFieldsAreAccepted() {
        String body = json.writeString(emaid()).replace("{", "{\"vehicle\": {\"vin\": \"WVW000\"}, ");

        assertThat(json.read(body, Token.class).violations()).isEmpty();
    }

    @Test
    void aPatchWithoutLastUpdatedIsRejected() {
        assertThat(json.read("{\"valid\": false}", TokenPatch.class).violations())
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void aPatchChangesOnlyTheFieldsItCarries() {
        TokenPatch patch = json.read(
                        "{\"whitelist\": \"ALLOWED\", \"last_updated\": \"2025-03-02T09:00:00Z\"}", TokenPatch.class)
                .get();

        Token patched = patch.applyTo(emaid());

        assertThat(patched)
                .isEqualTo(emaid().toBuilder()
                        .whitelist(WhitelistType.ALLOWED)
                        .lastUpdated(Instant.parse("2025-03-02T09:00:00Z"))
                        .build());
    }

    @Test
    void anAuthorizationOfAnEmaidTokenCarriesTheWholeToken() {
        AuthorizationInfo info = AuthorizationInfo.builder()
                .allowed(AllowedType.ALLOWED)
                .token(emaid())
                .location(LocationReferences.builder().locationId("LOC1").build())
                .info(DisplayText.of("en", "Plug and Charge"))
                .build();

        assertThat(json.validate(info)).isEmpty();
        assertThat(json.validate(info.toBuilder()
                        .token(emaid().toBuilder().partyId("8A").build())
                        .build()))
                .containsExactly(
                        new Violation("token.party_id", "ISO 15118 party id: \"8A\" is not 3 letters or digits"));
    }

    @Test
    void theBuilderTakesNullForAFieldWithASpellingSetterToo() {
        // compiles only while null resolves to one of contractId(CiString) and contractId(CharSequence)
        Token cleared =
                Token.builder().contractId("NL8ACC12E46L89").contractId(null).build();
        TokenPatch patch = TokenPatch.builder().contractId(null).build();

        assertThat(cleared).isEqualTo(Token.builder().build());
        assertThat(patch.contractId().isNull()).isTrue();
        assertThat(Token.builder()
                        .contractId(new StringBuilder("nl8acc"))
                        .build()
                        .contractId()
                        .value())
                .isEqualTo("nl8acc");
    }
}
