package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Token used to start a charging session, with what identifies it uniquely, in a Session and a CDR.
 *
 * <p>Specification: {@code [[mod_cdrs_cdr_token_object]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the MSP that 'owns' this Token.
 * @param partyId {@code party_id}: ID of the eMSP that 'owns' this Token (following the ISO-15118 standard).
 * @param uid {@code uid}: Unique ID by which this Token can be identified. This is the field used by the CPO's system
 *     (RFID reader on the Charge Point) to identify this token. Currently, in most cases: {@code type=RFID}, this is
 *     the RFID hidden ID as read by the RFID reader, but that is not a requirement. If this is a {@code
 *     type=APP_USER} Token, it will be a unique, by the eMSP, generated ID.
 * @param type {@code type}: Type of the token.
 * @param contractId {@code contract_id}: Uniquely identifies the EV driver contract token within the eMSP's platform
 *     (and suboperator platforms). Recommended to follow the specification for eMA ID from "eMI3 standard version
 *     V1.0" (https://web.archive.org/web/20230603153631/https://emi3group.com/documents-links/) "Part 2: business
 *     objects.".
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
