package io.github.ocpi4j.model.v221.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.PatchAppends;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Session object describes one charging session.
 *
 * <p>That doesn't mean it is required that energy has been transferred between EV and the Charge Point. It is
 * possible that the EV never took energy from the Charge Point because it was instructed not to take energy by the
 * driver. But as the EV was connected to the Charge Point, some form of start tariff, park tariff or reservation cost
 * might be relevant. A Session is sent whole with PUT, which replaces the existing object including its {@code
 * charging_periods}, and changed with a {@link SessionPatch}, which adds charging periods.
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
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the CPO that 'owns' this Session.
 * @param partyId {@code party_id}: ID of the CPO that 'owns' this Session (following the ISO-15118 standard).
 * @param id {@code id}: The unique id that identifies the charging session in the CPO platform.
 * @param startDateTime {@code start_date_time}: The timestamp when the session became ACTIVE in the Charge Point.
 *     When the session is still PENDING, this field SHALL be set to the time the Session was created at the Charge
 *     Point. When a Session goes from PENDING to ACTIVE, this field SHALL be updated to the moment the Session went
 *     to ACTIVE in the Charge Point.
 * @param endDateTime {@code end_date_time}: The timestamp when the session was completed/finished, charging might
 *     have finished before the session ends, for example: EV is full, but parking cost also has to be paid.
 * @param kwh {@code kwh}: How many kWh were charged.
 * @param cdrToken {@code cdr_token}: Token used to start this charging session, including all the relevant
 *     information to identify the unique token.
 * @param authMethod {@code auth_method}: Method used for authentication. This might change during a session, for
 *     example when the session was started with a reservation: ReserveNow: {@code COMMAND}. When the driver arrives
 *     and starts charging using a Token that is whitelisted: {@code WHITELIST}.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP.
 *     When the eMSP provided an {@code authorization_reference} in either: real-time authorization, StartSession or
 *     ReserveNow this field SHALL contain the same value. When different {@code authorization_reference} values have
 *     been given by the eMSP that are relevant to this Session, the last given value SHALL be used here.
 * @param locationId {@code location_id}: Location.id of the Location object of this CPO, on which the charging
 *     session is/was happening.
 * @param evseUid {@code evse_uid}: EVSE.uid of the EVSE of this Location on which the charging session is/was
 *     happening. Allowed to be set to: {@code #NA} when this session is created for a reservation, but no EVSE yet
 *     assigned to the driver.
 * @param connectorId {@code connector_id}: Connector.id of the Connector of this Location where the charging session
 *     is/was happening. Allowed to be set to: {@code #NA} when this session is created for a reservation, but no
 *     connector yet assigned to the driver.
 * @param meterId {@code meter_id}: Optional identification of the kWh meter.
 * @param currency {@code currency}: ISO 4217 code of the currency used for this session.
 * @param chargingPeriods {@code charging_periods}: An optional list of Charging Periods that can be used to calculate
 *     and verify the total cost. Unlike a CDR, a Session may use the session only CdrDimensionTypes.
 * @param totalCost {@code total_cost}: The total cost of the session in the specified currency. This is the price
 *     that the eMSP will have to pay to the CPO. A total_cost of 0.00 means free of charge. When omitted, i.e. no
 *     price information is given in the Session object, it does not imply the session is/was free of charge.
 * @param status {@code status}: The status of the session.
 * @param lastUpdated {@code last_updated}: Timestamp when this Session was last updated (or created).
 */
@GenerateBuilder
@GeneratePatch
public record Session(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,
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
