package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

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
 * @param type {@code type}: the kind of token (RFID card, app user, ...).
 * @param contractId {@code contract_id}: the driver's contract id at the eMSP, unique on the eMSP's platform; ideally
 *     an eMA ID as defined by eMI3 V1.0 ("Part 2: business objects").
 */
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
        return new Builder(this);
    }

    /** Builds {@link CdrToken} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable CiString countryCode;
        private @Nullable CiString partyId;
        private @Nullable CiString uid;
        private @Nullable TokenType type;
        private @Nullable CiString contractId;

        private Builder() {}

        private Builder(CdrToken from) {
            countryCode = from.countryCode;
            partyId = from.partyId;
            uid = from.uid;
            type = from.type;
            contractId = from.contractId;
        }

        /** Sets {@link CdrToken#countryCode()}. */
        public Builder countryCode(@Nullable CiString countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /** Sets {@link CdrToken#countryCode()} from its spelling. */
        public Builder countryCode(@Nullable String countryCode) {
            return countryCode(CiString.ofNullable(countryCode));
        }

        /** Sets {@link CdrToken#partyId()}. */
        public Builder partyId(@Nullable CiString partyId) {
            this.partyId = partyId;
            return this;
        }

        /** Sets {@link CdrToken#partyId()} from its spelling. */
        public Builder partyId(@Nullable String partyId) {
            return partyId(CiString.ofNullable(partyId));
        }

        /** Sets {@link CdrToken#uid()}. */
        public Builder uid(@Nullable CiString uid) {
            this.uid = uid;
            return this;
        }

        /** Sets {@link CdrToken#uid()} from its spelling. */
        public Builder uid(@Nullable String uid) {
            return uid(CiString.ofNullable(uid));
        }

        /** Sets {@link CdrToken#type()}. */
        public Builder type(@Nullable TokenType type) {
            this.type = type;
            return this;
        }

        /** Sets {@link CdrToken#contractId()}. */
        public Builder contractId(@Nullable CiString contractId) {
            this.contractId = contractId;
            return this;
        }

        /** Sets {@link CdrToken#contractId()} from its spelling. */
        public Builder contractId(@Nullable String contractId) {
            return contractId(CiString.ofNullable(contractId));
        }

        /** Returns the {@link CdrToken}. */
        public CdrToken build() {
            return new CdrToken(countryCode, partyId, uid, type, contractId);
        }
    }
}
