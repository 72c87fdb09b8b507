package io.github.ocpi4j.model.v221.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.internal.Patches;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The body of a PATCH of a {@link Token}: the fields to change, and always {@code last_updated}.
 *
 * <p>Each field is {@link PatchField#absent() absent} (unchanged), {@code null} (cleared) or a new value ({@code
 * [[transport_and_format_patch]]}). A PATCH may not set a field that {@link Token} requires to {@code null}, and
 * SHALL contain {@code last_updated}. An eMSP invalidates a Token with a PATCH that sets {@code valid} to {@code
 * false}.
 *
 * <pre>{@code
 * TokenPatch patch = TokenPatch.builder().valid(false).lastUpdated(Instant.now()).build();
 * Token updated = patch.applyTo(current);   // valid and last_updated replaced, the other fields kept
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_tokens_patch_method]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the MSP that 'owns' this Token.
 * @param partyId {@code party_id}: ID of the eMSP that 'owns' this Token (following the ISO-15118 standard).
 * @param uid {@code uid}: Unique ID by which this Token, combined with the Token type, can be identified. This is the
 *     field used by CPO system (RFID reader on the Charge Point) to identify this token. Currently, in most cases:
 *     type=RFID, this is the RFID hidden ID as read by the RFID reader, but that is not a requirement. If this is a
 *     {@code APP_USER} or {@code AD_HOC_USER} Token, it will be a uniquely, by the eMSP, generated ID. This field is
 *     named {@code uid} instead of {@code id} to prevent confusion with: {@code contract_id}.
 * @param type {@code type}: Type of the token.
 * @param contractId {@code contract_id}: Uniquely identifies the EV Driver contract token within the eMSP's platform
 *     (and suboperator platforms). Recommended to follow the specification for eMA ID from "eMI3 standard version
 *     V1.0" (http://emi3group.com/documents-links/) "Part 2: business objects.".
 * @param visualNumber {@code visual_number}: Visual readable number/identification as printed on the Token (RFID
 *     card), might be equal to the contract_id.
 * @param issuer {@code issuer}: Issuing company, most of the times the name of the company printed on the token (RFID
 *     card), not necessarily the eMSP.
 * @param groupId {@code group_id}: This ID groups a couple of tokens. This can be used to make two or more tokens
 *     work as one, so that a session can be started with one token and stopped with another, handy when a card and
 *     key-fob are given to the EV-driver. Beware that OCPP 1.5/1.6 only support group_ids (it is called parentId in
 *     OCPP 1.5/1.6) with a maximum length of 20.
 * @param valid {@code valid}: Is this Token valid.
 * @param whitelist {@code whitelist}: Indicates what type of white-listing is allowed.
 * @param language {@code language}: Language Code ISO 639-1. This optional field indicates the Token owner's
 *     preferred interface language. If the language is not provided or not supported then the CPO is free to choose
 *     its own language.
 * @param defaultProfileType {@code default_profile_type}: The default Charging Preference. When this is provided, and
 *     a charging session is started on an Charge Point that support Preference base Smart Charging and support this
 *     ProfileType, the Charge Point can start using this ProfileType, without this having to be set via: Set Charging
 *     Preferences.
 * @param energyContract {@code energy_contract}: When the Charge Point supports using your own energy
 *     supplier/contract at a Charge Point, information about the energy supplier/contract is needed so the CPO knows
 *     which energy supplier to use. NOTE: In a lot of countries it is currently not allowed/possible to use a drivers
 *     own energy supplier/contract at a Charge Point.
 * @param lastUpdated {@code last_updated}: Timestamp when this Token was last updated (or created).
 */
public record TokenPatch(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        PatchField<CiString> countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        PatchField<CiString> partyId,

        @JsonProperty("uid") @NotNull @Size(max = 36) PatchField<CiString> uid,
        @JsonProperty("type") @NotNull PatchField<TokenType> type,

        @JsonProperty("contract_id") @NotNull @Size(max = 36)
        PatchField<CiString> contractId,

        @JsonProperty("visual_number") @Size(max = 64) PatchField<String> visualNumber,
        @JsonProperty("issuer") @NotNull @Size(max = 64) PatchField<String> issuer,
        @JsonProperty("group_id") @Size(max = 36) PatchField<CiString> groupId,
        @JsonProperty("valid") @NotNull PatchField<Boolean> valid,
        @JsonProperty("whitelist") @NotNull PatchField<WhitelistType> whitelist,

        @JsonProperty("language") @Size(max = 2) @LanguageCode
        PatchField<String> language,

        @JsonProperty("default_profile_type") PatchField<ProfileType> defaultProfileType,
        @JsonProperty("energy_contract") PatchField<@Valid EnergyContract> energyContract,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Makes {@code null} fields absent. */
    public TokenPatch {
        countryCode = Patches.orAbsent(countryCode);
        partyId = Patches.orAbsent(partyId);
        uid = Patches.orAbsent(uid);
        type = Patches.orAbsent(type);
        contractId = Patches.orAbsent(contractId);
        visualNumber = Patches.orAbsent(visualNumber);
        issuer = Patches.orAbsent(issuer);
        groupId = Patches.orAbsent(groupId);
        valid = Patches.orAbsent(valid);
        whitelist = Patches.orAbsent(whitelist);
        language = Patches.orAbsent(language);
        defaultProfileType = Patches.orAbsent(defaultProfileType);
        energyContract = Patches.orAbsent(energyContract);
    }

    /** Returns {@code token} with this PATCH applied: the fields it mentions replaced, the others kept. */
    public Token applyTo(Token token) {
        return new Token(
                countryCode.applyTo(token.countryCode()),
                partyId.applyTo(token.partyId()),
                uid.applyTo(token.uid()),
                type.applyTo(token.type()),
                contractId.applyTo(token.contractId()),
                visualNumber.applyTo(token.visualNumber()),
                issuer.applyTo(token.issuer()),
                groupId.applyTo(token.groupId()),
                valid.applyTo(token.valid()),
                whitelist.applyTo(token.whitelist()),
                language.applyTo(token.language()),
                defaultProfileType.applyTo(token.defaultProfileType()),
                energyContract.applyTo(token.energyContract()),
                lastUpdated);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link TokenPatch} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private PatchField<CiString> countryCode = PatchField.absent();
        private PatchField<CiString> partyId = PatchField.absent();
        private PatchField<CiString> uid = PatchField.absent();
        private PatchField<TokenType> type = PatchField.absent();
        private PatchField<CiString> contractId = PatchField.absent();
        private PatchField<String> visualNumber = PatchField.absent();
        private PatchField<String> issuer = PatchField.absent();
        private PatchField<CiString> groupId = PatchField.absent();
        private PatchField<Boolean> valid = PatchField.absent();
        private PatchField<WhitelistType> whitelist = PatchField.absent();
        private PatchField<String> language = PatchField.absent();
        private PatchField<ProfileType> defaultProfileType = PatchField.absent();
        private PatchField<EnergyContract> energyContract = PatchField.absent();
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(TokenPatch from) {
            countryCode = from.countryCode;
            partyId = from.partyId;
            uid = from.uid;
            type = from.type;
            contractId = from.contractId;
            visualNumber = from.visualNumber;
            issuer = from.issuer;
            groupId = from.groupId;
            valid = from.valid;
            whitelist = from.whitelist;
            language = from.language;
            defaultProfileType = from.defaultProfileType;
            energyContract = from.energyContract;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link TokenPatch#countryCode()}. */
        public Builder countryCode(@Nullable CiString countryCode) {
            this.countryCode = PatchField.ofNullable(countryCode);
            return this;
        }

        /** Sets {@link TokenPatch#countryCode()} from its spelling. */
        public Builder countryCode(@Nullable String countryCode) {
            return countryCode(CiString.ofNullable(countryCode));
        }

        /** Sets {@link TokenPatch#partyId()}. */
        public Builder partyId(@Nullable CiString partyId) {
            this.partyId = PatchField.ofNullable(partyId);
            return this;
        }

        /** Sets {@link TokenPatch#partyId()} from its spelling. */
        public Builder partyId(@Nullable String partyId) {
            return partyId(CiString.ofNullable(partyId));
        }

        /** Sets {@link TokenPatch#uid()}. */
        public Builder uid(@Nullable CiString uid) {
            this.uid = PatchField.ofNullable(uid);
            return this;
        }

        /** Sets {@link TokenPatch#uid()} from its spelling. */
        public Builder uid(@Nullable String uid) {
            return uid(CiString.ofNullable(uid));
        }

        /** Sets {@link TokenPatch#type()}. */
        public Builder type(@Nullable TokenType type) {
            this.type = PatchField.ofNullable(type);
            return this;
        }

        /** Sets {@link TokenPatch#contractId()}. */
        public Builder contractId(@Nullable CiString contractId) {
            this.contractId = PatchField.ofNullable(contractId);
            return this;
        }

        /** Sets {@link TokenPatch#contractId()} from its spelling. */
        public Builder contractId(@Nullable String contractId) {
            return contractId(CiString.ofNullable(contractId));
        }

        /** Sets {@link TokenPatch#visualNumber()}. */
        public Builder visualNumber(@Nullable String visualNumber) {
            this.visualNumber = PatchField.ofNullable(visualNumber);
            return this;
        }

        /** Sets {@link TokenPatch#issuer()}. */
        public Builder issuer(@Nullable String issuer) {
            this.issuer = PatchField.ofNullable(issuer);
            return this;
        }

        /** Sets {@link TokenPatch#groupId()}. */
        public Builder groupId(@Nullable CiString groupId) {
            this.groupId = PatchField.ofNullable(groupId);
            return this;
        }

        /** Sets {@link TokenPatch#groupId()} from its spelling. */
        public Builder groupId(@Nullable String groupId) {
            return groupId(CiString.ofNullable(groupId));
        }

        /** Sets {@link TokenPatch#valid()}. */
        public Builder valid(@Nullable Boolean valid) {
            this.valid = PatchField.ofNullable(valid);
            return this;
        }

        /** Sets {@link TokenPatch#whitelist()}. */
        public Builder whitelist(@Nullable WhitelistType whitelist) {
            this.whitelist = PatchField.ofNullable(whitelist);
            return this;
        }

        /** Sets {@link TokenPatch#language()}. */
        public Builder language(@Nullable String language) {
            this.language = PatchField.ofNullable(language);
            return this;
        }

        /** Sets {@link TokenPatch#defaultProfileType()}. */
        public Builder defaultProfileType(@Nullable ProfileType defaultProfileType) {
            this.defaultProfileType = PatchField.ofNullable(defaultProfileType);
            return this;
        }

        /** Sets {@link TokenPatch#energyContract()}. */
        public Builder energyContract(@Nullable EnergyContract energyContract) {
            this.energyContract = PatchField.ofNullable(energyContract);
            return this;
        }

        /** Sets {@link TokenPatch#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link TokenPatch}. */
        public TokenPatch build() {
            return new TokenPatch(
                    countryCode,
                    partyId,
                    uid,
                    type,
                    contractId,
                    visualNumber,
                    issuer,
                    groupId,
                    valid,
                    whitelist,
                    language,
                    defaultProfileType,
                    energyContract,
                    lastUpdated);
        }
    }
}
