package io.github.ocpi4j.model.v230.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.PatchAppends;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.cdrs.AuthMethod;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v230.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One charging session as the CPO sees it while it runs (and after): who charges where, how much so far, and its
 * status. The CPO owns it; the eMSP receives it by push or fetches it.
 *
 * <p>A session need not involve any energy: an EV that stayed connected without charging (for instance because the
 * driver told it not to) can still owe a start fee, parking or a reservation. A Session is sent whole with PUT,
 * which replaces the existing object including its {@code charging_periods}, and changed with a {@link
 * SessionPatch}, which adds charging periods.
 *
 * <pre>{@code
 * Session session = Session.builder()
 *         .countryCode("NL").partyId("STK").id("101")
 *         .startDateTime(Instant.parse("2020-03-09T10:17:09Z"))
 *         .kwh(BigDecimal.ZERO)
 *         .cdrToken(CdrToken.builder()
 *                 .countryCode("NL").partyId("TST").uid("123abc")
 *                 .type(TokenType.RFID).contractId("NL-TST-C12345678-S")
 *                 .build())
 *         .authMethod(AuthMethod.WHITELIST)
 *         .locationId("LOC1").evseUid("3256").connectorId("1")
 *         .currency("EUR")
 *         .status(SessionStatus.PENDING)
 *         .lastUpdated(Instant.parse("2020-03-09T10:17:09Z"))
 *         .build();
 * List<Violation> violations = OcpiJson.instance().validate(session);   // empty
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_sessions_session_object]]}.
 *
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the CPO that runs this session.
 * @param partyId {@code party_id}: the ISO-15118 party id of the CPO that runs this session.
 * @param id {@code id}: the CPO's id of this session, unique on its platform.
 * @param startDateTime {@code start_date_time}: when the charge point made the session {@code ACTIVE}. While it is
 *     still {@code PENDING}, the time the charge point created it; the CPO moves it to the moment of activation when
 *     the status becomes {@code ACTIVE}.
 * @param endDateTime {@code end_date_time}: when the session ended, absent while it runs. Charging may have stopped
 *     earlier (a full battery) while parking was still billed.
 * @param kwh {@code kwh}: the energy charged so far, in kWh.
 * @param cdrToken {@code cdr_token}: the token that started the session, with what identifies it.
 * @param authMethod {@code auth_method}: how the session was authorized; it can change while the session runs (say a
 *     ReserveNow {@code COMMAND}, then a {@code WHITELIST} token at the charger).
 * @param authorizationReference {@code authorization_reference}: the eMSP's authorization reference, echoed from the
 *     real-time authorization, StartSession or ReserveNow that gave one; if the eMSP gave several for this session,
 *     the latest.
 * @param locationId {@code location_id}: the id of the CPO's Location where the session takes (or took) place.
 * @param evseUid {@code evse_uid}: the uid of the EVSE, in that Location, that the session uses; {@code #NA} for a
 *     reservation that has no EVSE assigned yet.
 * @param connectorId {@code connector_id}: the id of the connector, in that EVSE, that the session uses; {@code #NA}
 *     for a reservation that has no connector assigned yet.
 * @param meterId {@code meter_id}: the id of the kWh meter, optional.
 * @param currency {@code currency}: the ISO 4217 currency of the session's amounts.
 * @param chargingPeriods {@code charging_periods}: optional periods from which the cost can be computed and checked.
 *     Unlike a CDR, a Session may use the session only CdrDimensionTypes.
 * @param totalCost {@code total_cost}: what the eMSP owes the CPO for the session so far, in {@code currency}. Zero
 *     means free; absent means no price is given, not that it is free.
 * @param status {@code status}: where the session stands (pending, active, completed, ...).
 * @param lastUpdated {@code last_updated}: when this Session was created or last changed.
 */
@GenerateBuilder
@GeneratePatch
public record Session(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("end_date_time") @Nullable Instant endDateTime,
        @JsonProperty("kwh") @NotNull BigDecimal kwh,
        @JsonProperty("cdr_token") @NotNull @Valid CdrToken cdrToken,
        @JsonProperty("auth_method") @NotNull AuthMethod authMethod,

        @JsonProperty("authorization_reference") @Size(max = 36) @Nullable
        CiString authorizationReference,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("evse_uid") @NotNull @Size(max = 36) CiString evseUid,

        @JsonProperty("connector_id") @NotNull @Size(max = 36)
        CiString connectorId,

        @JsonProperty("meter_id") @Size(max = 255) @Nullable String meterId,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        String currency,

        @JsonProperty("charging_periods") @PatchAppends List<@Valid ChargingPeriod> chargingPeriods,
        @JsonProperty("total_cost") @Valid @Nullable Price totalCost,
        @JsonProperty("status") @NotNull SessionStatus status,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public Session {
        chargingPeriods = Lists.copyOf(chargingPeriods);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Session} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends SessionBuilderBase {
        private Builder() {}
    }
}
