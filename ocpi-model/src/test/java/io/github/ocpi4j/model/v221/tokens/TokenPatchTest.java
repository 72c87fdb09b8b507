package io.github.ocpi4j.model.v221.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link TokenPatch}, the PATCH body of a Token ({@code [[mod_tokens_patch_method]]}). */
class TokenPatchTest {
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final Instant LATER = Instant.parse("2019-06-19T02:11:11Z");

    @Test
    void specExampleInvalidatesTheTokenAndKeepsTheOtherFields() {
        Token current = TokenTest.token();
        String json = """
                {"valid": false, "last_updated": "2019-06-19T02:11:11Z"}
                """;

        ReadResult<TokenPatch> result = JSON.read(json, TokenPatch.class);

        assertThat(result.violations()).isEmpty();
        Token updated = result.get().applyTo(current);
        assertThat(updated)
                .isEqualTo(current.toBuilder().valid(false).lastUpdated(LATER).build());
    }

    @Test
    void applyToKeepsAbsentFieldsClearsNullOnesAndReplacesSetOnes() {
        Token current = TokenTest.token().toBuilder()
                .language("nl")
                .defaultProfileType(ProfileType.FAST)
                .build();
        TokenPatch patch = TokenPatch.builder()
                .visualNumber(null)
                .groupId((String) null)
                .whitelist(WhitelistType.NEVER)
                .energyContract(new EnergyContract("Greenpeace Energy eG", null))
                .lastUpdated(LATER)
                .build();

        Token updated = patch.applyTo(current);

        assertThat(updated)
                .isEqualTo(current.toBuilder()
                        .visualNumber(null)
                        .groupId((String) null)
                        .whitelist(WhitelistType.NEVER)
                        .energyContract(new EnergyContract("Greenpeace Energy eG", null))
                        .lastUpdated(LATER)
                        .build());
        assertThat(updated.language()).isEqualTo("nl");
        assertThat(updated.defaultProfileType()).isEqualTo(ProfileType.FAST);
    }

    @Test
    void readingKeepsTheDifferenceBetweenAbsentAndNull() {
        String json = """
                {"visual_number": null, "issuer": "Other issuer", "last_updated": "2019-06-19T02:11:11Z"}
                """;

        TokenPatch patch = JSON.read(json, TokenPatch.class).get();

        assertThat(patch.visualNumber()).isEqualTo(PatchField.ofNull());
        assertThat(patch.issuer()).isEqualTo(PatchField.of("Other issuer"));
        assertThat(patch.groupId().isAbsent()).isTrue();
        assertThat(JSON.writeString(patch))
                .isEqualTo("{\"visual_number\":null,\"issuer\":\"Other issuer\","
                        + "\"last_updated\":\"2019-06-19T02:11:11Z\"}");
    }

    @Test
    void patchWithoutLastUpdatedIsRejected() {
        assertThat(JSON.read("{\"valid\": false}", TokenPatch.class).violations())
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void patchThatSetsARequiredFieldToNullIsRejected() {
        TokenPatch patch = TokenPatch.builder()
                .valid(null)
                .contractId((String) null)
                .lastUpdated(LATER)
                .build();

        assertThat(JSON.validate(patch))
                .containsExactly(
                        new Violation("contract_id", "required: a PATCH cannot set it to null"),
                        new Violation("valid", "required: a PATCH cannot set it to null"));
    }

    @Test
    void patchFieldsHaveTheConstraintsOfTheToken() {
        TokenPatch patch = TokenPatch.builder()
                .uid("u".repeat(37))
                .issuer("i".repeat(65))
                .language("xx")
                .energyContract(EnergyContract.builder().build())
                .lastUpdated(LATER)
                .build();

        assertThat(JSON.validate(patch))
                .containsExactly(
                        new Violation("uid", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("issuer", "string(64): 65 characters, at most 64 allowed"),
                        new Violation("language", "ISO 639-1: \"xx\" is not a language code"),
                        new Violation("energy_contract.supplier_name", "required"));
    }
}
