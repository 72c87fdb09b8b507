package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Token that started a charging session, reduced to the fields that identify it; used in a Session and a CDR.
 *
 * <p>Specification: {@code [[mod_cdrs_cdr_token_object]]}.
 *
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the eMSP that issued the token.
 * @param partyId {@code party_id}: the ISO-15118 party id of the eMSP that issued the token.
 * @param uid {@code uid}: the id the CPO's system (such as the charger's RFID reader) knows the token by; for an RFID
 *     card usually the card's hidden id, for an {@code APP_USER} token an id the eMSP generated. At most 36
 *     characters.
 * @param type {@code type}: the kind of token (RFID card, app user, EMAID, ...).
 * @param contractId {@code contract_id}: the driver's contract id at the eMSP, unique on the eMSP's platform; ideally
 *     an eMA ID in the format of EVRoaming's "E-mobility ID-codes".
 */
@GenerateBuilder
public record CdrToken(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("uid") @NotNull @Size(max = 36) CiString uid,
        @JsonProperty("type") @NotNull TokenType type,

        @JsonProperty("contract_id") @NotNull @Size(max = 36)
        CiString contractId) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link CdrToken} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CdrTokenBuilderBase {
        private Builder() {}
    }
}
