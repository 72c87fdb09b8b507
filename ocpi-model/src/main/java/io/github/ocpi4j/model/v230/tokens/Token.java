package io.github.ocpi4j.model.v230.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.v230.sessions.ProfileType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A Token of an eMSP that EV drivers use to charge: an RFID card, an app user, an ad-hoc user, or the contract id
 * (EMAID) a vehicle presents over ISO 15118.
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
 * @param countryCode {@code country_code}: country of the eMSP that issued this Token, as an ISO 3166-1 alpha-2 code;
 *     required.
 * @param partyId {@code party_id}: the issuing eMSP's party id (ISO 15118 style, three characters); required.
 * @param uid {@code uid}: the id a CPO reads at the Charge Point to recognise this Token, at most 36 characters;
 *     required. For an RFID card it is usually the card's hidden id; for {@code APP_USER} and {@code AD_HOC_USER}
 *     the eMSP makes it up. Together with {@code type} it picks out one Token.
 * @param type {@code type}: what kind of Token this is (card, app user, ad-hoc user, EMAID, other); required.
 * @param contractId {@code contract_id}: the eMSP's id of the driver's contract, at most 36 characters; required.
 *     Best written as an EMA ID, in the format of the "E-mobility ID-codes" document at evroaming.org.
 * @param visualNumber {@code visual_number}: the number printed on the card, for a person to read; optional, at most
 *     64 characters. May be the same as {@code contract_id}.
 * @param issuer {@code issuer}: name of the company that issued the Token (usually the one printed on the card, which
 *     need not be the eMSP); required, at most 64 characters.
 * @param groupId {@code group_id}: ties Tokens together so that a session started with one may be stopped with
 *     another, for example a driver's card and key fob; optional, at most 36 characters. Keep it to 20 characters for
 *     OCPP 1.5/1.6 Charge Points, where it is the parentId.
 * @param valid {@code valid}: {@code true} while the Token may be used; an eMSP invalidates it with {@code false};
 *     required.
 * @param whitelist {@code whitelist}: whether and when the CPO may accept the Token without asking the eMSP;
 *     required.
 * @param language {@code language}: the driver's preferred language for displays, an ISO 639-1 code; optional. When
 *     absent or unsupported the CPO picks one.
 * @param defaultProfileType {@code default_profile_type}: the charging preference a Charge Point with
 *     preference-based smart charging may apply on its own when a session with this Token starts; optional. See
 *     {@code [[mod_sessions_set_charging_preferences]]}.
 * @param energyContract {@code energy_contract}: the driver's own energy supplier and contract, for Charge Points
 *     that let a driver choose one; optional (many countries do not allow this).
 * @param lastUpdated {@code last_updated}: when the eMSP last changed (or created) this Token; required.
 */
@GenerateBuilder
@GeneratePatch
public record Token(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("uid") @NotNull @Size(max = 36) @UrlSegment
        CiString uid,

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
