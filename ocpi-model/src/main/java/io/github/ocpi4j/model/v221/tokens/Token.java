package io.github.ocpi4j.model.v221.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A Token of an eMSP that EV drivers use to charge: an RFID card, an app user or an ad-hoc user.
 *
 * <p>A Token is identified by {@code uid} together with {@code type}; that combination should be unique within the
 * eMSP's system. {@code contract_id} identifies the driver's contract. Tokens are never deleted: an eMSP invalidates
 * one by setting {@code valid} to {@code false}, with a PUT or a PATCH ({@link TokenPatch}).
 *
 * <pre>{@code
 * Token token = Token.builder()
 *         .countryCode("NL").partyId("TNM").uid("012345678").type(TokenType.RFID)
 *         .contractId("NL8ACC12E46L89").visualNumber("DF000-2001-8999-1").issuer("TheNewMotion")
 *         .valid(true).whitelist(WhitelistType.ALLOWED).language("nl")
 *         .lastUpdated(Instant.now())
 *         .build();
 * List<Violation> problems = OcpiJson.instance().validate(token);   // empty
 * Token invalidated = token.toBuilder().valid(false).lastUpdated(Instant.now()).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_tokens_token_object]]}.
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
@GenerateBuilder
@GeneratePatch
public record Token(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("uid") @NotNull @Size(max = 36) CiString uid,
        @JsonProperty("type") @NotNull TokenType type,

        @JsonProperty("contract_id") @NotNull @Size(max = 36)
        CiString contractId,

        @JsonProperty("visual_number") @Size(max = 64) @Nullable
        String visualNumber,

        @JsonProperty("issuer") @NotNull @Size(max = 64) String issuer,
        @JsonProperty("group_id") @Size(max = 36) @Nullable CiString groupId,
        @JsonProperty("valid") @NotNull Boolean valid,
        @JsonProperty("whitelist") @NotNull WhitelistType whitelist,

        @JsonProperty("language") @Size(max = 2) @LanguageCode @Nullable
        String language,

        @JsonProperty("default_profile_type") @Nullable ProfileType defaultProfileType,
        @JsonProperty("energy_contract") @Valid @Nullable EnergyContract energyContract,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Token} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TokenBuilderBase {
        private Builder() {}
    }
}
