package io.github.ocpi4j.model.v221.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link Token} and {@link EnergyContract} ({@code [[mod_tokens_token_object]]}). */
class TokenTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    static Token token() {
        return Token.builder()
                .countryCode("NL")
                .partyId("TNM")
                .uid("012345678")
                .type(TokenType.RFID)
                .contractId("NL8ACC12E46L89")
                .visualNumber("DF000-2001-8999-1")
                .issuer("TheNewMotion")
                .groupId("DF000-2001-8999")
                .valid(true)
                .whitelist(WhitelistType.ALWAYS)
                .lastUpdated(Instant.parse("2015-06-29T22:39:09Z"))
                .build();
    }

    @Test
    void builtTokenIsValid() {
        assertThat(JSON.validate(token())).isEmpty();
    }

    @Test
    void tokenWithoutRequiredFieldsIsRejected() {
        assertThat(JSON.read("{}", Token.class).violations())
                .containsExactly(
                        new Violation("country_code", "required"),
                        new Violation("party_id", "required"),
                        new Violation("uid", "required"),
                        new Violation("type", "required"),
                        new Violation("contract_id", "required"),
                        new Violation("issuer", "required"),
                        new Violation("valid", "required"),
                        new Violation("whitelist", "required"),
                        new Violation("last_updated", "required"));
    }

    @Test
    void uidContractIdAndGroupIdAreAtMost36Characters() {
        Token token = token().toBuilder()
                .uid("u".repeat(37))
                .contractId("c".repeat(37))
                .groupId("g".repeat(37))
                .build();

        assertThat(JSON.validate(token))
                .containsExactly(
                        new Violation("uid", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("contract_id", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("group_id", "CiString(36): 37 characters, at most 36 allowed"));
    }

    @Test
    void uidOf36CharactersIsAccepted() {
        Token token = token().toBuilder()
                .uid("bdf21bce-fc97-11e8-8eb2-f2801f1b9fd1")
                .type(TokenType.APP_USER)
                .build();

        assertThat(JSON.validate(token)).isEmpty();
    }

    @Test
    void uidIsAPrintableAsciiCiString() {
        Token token = token().toBuilder().uid("01234\u00e9").build();

        assertThat(JSON.validate(token)).extracting(Violation::path).containsExactly("uid");
    }

    @Test
    void visualNumberAndIssuerAreAtMost64Characters() {
        Token token = token().toBuilder()
                .visualNumber("v".repeat(65))
                .issuer("i".repeat(65))
                .build();

        assertThat(JSON.validate(token))
                .containsExactly(
                        new Violation("visual_number", "string(64): 65 characters, at most 64 allowed"),
                        new Violation("issuer", "string(64): 65 characters, at most 64 allowed"));
    }

    @Test
    void ownerAndLanguageCodesAreChecked() {
        Token token = token().toBuilder()
                .countryCode("NLD")
                .partyId("T_M")
                .language("xx")
                .build();

        assertThat(JSON.validate(token))
                .containsExactly(
                        new Violation("country_code", "CiString(2): 3 characters, at most 2 allowed"),
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"NLD\" is not a country code"),
                        new Violation("party_id", "ISO 15118 party id: \"T_M\" is not 3 letters or digits"),
                        new Violation("language", "ISO 639-1: \"xx\" is not a language code"));
    }

    @Test
    void energyContractRequiresSupplierNameOf64CharactersAtMost() {
        Token withoutSupplier = token().toBuilder()
                .energyContract(
                        EnergyContract.builder().contractId("0123456789").build())
                .build();
        Token longNames = token().toBuilder()
                .energyContract(EnergyContract.builder()
                        .supplierName("s".repeat(65))
                        .contractId("c".repeat(65))
                        .build())
                .build();

        assertThat(JSON.validate(withoutSupplier))
                .containsExactly(new Violation("energy_contract.supplier_name", "required"));
        assertThat(JSON.validate(longNames))
                .containsExactly(
                        new Violation("energy_contract.supplier_name", "string(64): 65 characters, at most 64 allowed"),
                        new Violation("energy_contract.contract_id", "string(64): 65 characters, at most 64 allowed"));
    }

    @Test
    void unknownWhitelistTypeIsRejected() {
        String json = JSON.writeString(token()).replace("\"ALWAYS\"", "\"SOMETIMES\"");

        assertThat(JSON.read(json, Token.class).violations())
                .containsExactly(new Violation(
                        "whitelist",
                        "enum WhitelistType: unknown value \"SOMETIMES\" (allowed: ALWAYS, ALLOWED, ALLOWED_OFFLINE,"
                                + " NEVER)"));
    }

    @Test
    void fullRfidTokenIsReadAndWrittenWithItsWireNames() {
        String json = """
                {"country_code":"DE","party_id":"TNM","uid":"12345678905880","type":"RFID",\
                "contract_id":"DE8ACC12E46L89","visual_number":"DF000-2001-8999-1","issuer":"TheNewMotion",\
                "group_id":"DF000-2001-8999","valid":true,"whitelist":"ALLOWED","language":"it",\
                "default_profile_type":"GREEN",\
                "energy_contract":{"supplier_name":"Greenpeace Energy eG","contract_id":"0123456789"},\
                "last_updated":"2018-12-10T17:25:10Z"}""";

        ReadResult<Token> result = JSON.read(json, Token.class);

        assertThat(result.violations()).isEmpty();
        Token token = result.get();
        assertThat(token.type()).isSameAs(TokenType.RFID);
        assertThat(token.whitelist()).isEqualTo(WhitelistType.ALLOWED);
        assertThat(token.defaultProfileType()).isEqualTo(ProfileType.GREEN);
        assertThat(token.energyContract()).isEqualTo(new EnergyContract("Greenpeace Energy eG", "0123456789"));
        assertThat(JSON.writeString(token)).isEqualTo(json);
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
