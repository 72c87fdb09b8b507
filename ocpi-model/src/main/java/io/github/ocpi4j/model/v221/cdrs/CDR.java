package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Charge Detail Record: a concluded charging session and its costs, the only billing-relevant object.
 *
 * <p>A CDR is sealed: it keeps Location, EVSE, Tariffs and Token as they were at the start of the session, and it
 * cannot be changed once sent. A correction is a Credit CDR ({@code credit = true}) that references the original by
 * {@code credit_reference_id}, followed by a new CDR. Validation checks, besides each field, the rules of the text:
 * the id of a CDR that is not a credit CDR is at most 36 characters; a credit CDR has a {@code credit_reference_id}
 * that differs from its own id; and the charging periods use no {@link CdrDimensionType#isSessionOnly() session
 * only} dimension types.
 *
 * <pre>{@code
 * CDR cdr = CDR.builder()
 *         .countryCode("BE").partyId("BEC").id("12345")
 *         .startDateTime(start).endDateTime(end)
 *         .cdrToken(token).authMethod(AuthMethod.WHITELIST)
 *         .cdrLocation(cdrLocation)
 *         .currency("EUR")
 *         .chargingPeriods(List.of(ChargingPeriod.builder()
 *                 .startDateTime(start)
 *                 .dimensions(List.of(new CdrDimension(CdrDimensionType.TIME, new BigDecimal("1.973"))))
 *                 .build()))
 *         .totalCost(Price.of(new BigDecimal("4.00"), new BigDecimal("4.40")))
 *         .totalEnergy(new BigDecimal("15.342")).totalTime(new BigDecimal("1.973"))
 *         .lastUpdated(end)
 *         .build();
 * List<Violation> violations = OcpiJson.instance().validate(cdr);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_cdrs_cdr_object]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the CPO that 'owns' this CDR.
 * @param partyId {@code party_id}: ID of the CPO that 'owns' this CDR (following the ISO-15118 standard).
 * @param id {@code id}: Uniquely identifies the CDR, the ID SHALL be unique per {@code country_code}/{@code party_id}
 *     combination. This field is longer than the usual 36 characters to allow for credit CDRs to have something
 *     appended to the original ID. Normal (non-credit) CDRs SHALL only have an ID with a maximum length of 36.
 * @param startDateTime {@code start_date_time}: Start timestamp of the charging session, or in-case of a reservation
 *     (before the start of a session) the start of the reservation.
 * @param endDateTime {@code end_date_time}: The timestamp when the session was completed/finished, charging might
 *     have finished before the session ends, for example: EV is full, but parking cost also has to be paid.
 * @param sessionId {@code session_id}: Unique ID of the Session for which this CDR is sent. Is only allowed to be
 *     omitted when the CPO has not implemented the Sessions module or this CDR is the result of a reservation that
 *     never became a charging session, thus no OCPI Session.
 * @param cdrToken {@code cdr_token}: Token used to start this charging session, including all the relevant
 *     information to identify the unique token.
 * @param authMethod {@code auth_method}: Method used for authentication. Multiple AuthMethods are possible during a
 *     charging sessions, for example when the session was started with a reservation: ReserveNow: {@code COMMAND}.
 *     When the driver arrives and starts charging using a Token that is whitelisted: {@code WHITELIST}. The last
 *     method SHALL be used in the CDR.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP.
 *     When the eMSP provided an {@code authorization_reference} in either: real-time authorization, StartSession or
 *     ReserveNow, this field SHALL contain the same value. When different {@code authorization_reference} values have
 *     been given by the eMSP that are relevant to this Session, the last given value SHALL be used here.
 * @param cdrLocation {@code cdr_location}: Location where the charging session took place, including only the
 *     relevant EVSE and Connector.
 * @param meterId {@code meter_id}: Identification of the Meter inside the Charge Point.
 * @param currency {@code currency}: Currency of the CDR in ISO 4217 Code.
 * @param tariffs {@code tariffs}: List of relevant Tariffs, see: Tariff. When relevant, a Free of Charge tariff
 *     should also be in this list, and point to a defined Free of Charge Tariff.
 * @param chargingPeriods {@code charging_periods}: List of Charging Periods that make up this charging session. Their
 *     dimensions SHALL NOT use the session only CdrDimensionTypes.
 * @param signedData {@code signed_data}: Signed data that belongs to this charging Session.
 * @param totalCost {@code total_cost}: Total sum of all the costs of this transaction in the specified currency.
 * @param totalFixedCost {@code total_fixed_cost}: Total sum of all the fixed costs in the specified currency, except
 *     fixed price components of parking and reservation. The cost not depending on amount of time/energy used etc.
 *     Can contain costs like a start tariff.
 * @param totalEnergy {@code total_energy}: Total energy charged, in kWh.
 * @param totalEnergyCost {@code total_energy_cost}: Total sum of all the cost of all the energy used, in the
 *     specified currency.
 * @param totalTime {@code total_time}: Total duration of the charging session (including the duration of charging and
 *     not charging), in hours.
 * @param totalTimeCost {@code total_time_cost}: Total sum of all the cost related to duration of charging during this
 *     transaction, in the specified currency.
 * @param totalParkingTime {@code total_parking_time}: Total duration of the charging session where the EV was not
 *     charging (no energy was transferred between EVSE and EV), in hours.
 * @param totalParkingCost {@code total_parking_cost}: Total sum of all the cost related to parking of this
 *     transaction, including fixed price components, in the specified currency.
 * @param totalReservationCost {@code total_reservation_cost}: Total sum of all the cost related to a reservation of a
 *     Charge Point, including fixed price components, in the specified currency.
 * @param remark {@code remark}: Optional remark, can be used to provide additional human readable information to the
 *     CDR, for example: reason why a transaction was stopped.
 * @param invoiceReferenceId {@code invoice_reference_id}: This field can be used to reference an invoice, that will
 *     later be send for this CDR. Making it easier to link a CDR to a given invoice. Maybe even group CDRs that will
 *     be on the same invoice.
 * @param credit {@code credit}: When set to {@code true}, this is a Credit CDR, and the field {@code
 *     credit_reference_id} needs to be set as well.
 * @param creditReferenceId {@code credit_reference_id}: Is required to be set for a Credit CDR. This SHALL contain
 *     the {@code id} of the CDR for which this is a Credit CDR.
 * @param homeChargingCompensation {@code home_charging_compensation}: When set to {@code true}, this CDR is for a
 *     charging session using the home charger of the EV Driver for which the energy cost needs to be financial
 *     compensated to the EV Driver.
 * @param lastUpdated {@code last_updated}: Timestamp when this CDR was last updated (or created).
 */
@GenerateBuilder
public record CDR(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 39) CiString id,
        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("end_date_time") @NotNull Instant endDateTime,

        @JsonProperty("session_id") @Size(max = 36) @Nullable
        CiString sessionId,

        @JsonProperty("cdr_token") @NotNull @Valid CdrToken cdrToken,
        @JsonProperty("auth_method") @NotNull AuthMethod authMethod,

        @JsonProperty("authorization_reference") @Size(max = 36) @Nullable
        CiString authorizationReference,

        @JsonProperty("cdr_location") @NotNull @Valid CdrLocation cdrLocation,
        @JsonProperty("meter_id") @Size(max = 255) @Nullable String meterId,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        String currency,

        @JsonProperty("tariffs") List<@Valid Tariff> tariffs,
        @JsonProperty("charging_periods") @NotEmpty List<@Valid ChargingPeriod> chargingPeriods,
        @JsonProperty("signed_data") @Valid @Nullable SignedData signedData,
        @JsonProperty("total_cost") @NotNull @Valid Price totalCost,
        @JsonProperty("total_fixed_cost") @Valid @Nullable Price totalFixedCost,
        @JsonProperty("total_energy") @NotNull BigDecimal totalEnergy,
        @JsonProperty("total_energy_cost") @Valid @Nullable Price totalEnergyCost,
        @JsonProperty("total_time") @NotNull BigDecimal totalTime,
        @JsonProperty("total_time_cost") @Valid @Nullable Price totalTimeCost,
        @JsonProperty("total_parking_time") @Nullable BigDecimal totalParkingTime,
        @JsonProperty("total_parking_cost") @Valid @Nullable Price totalParkingCost,

        @JsonProperty("total_reservation_cost") @Valid @Nullable
        Price totalReservationCost,

        @JsonProperty("remark") @Size(max = 255) @Nullable String remark,

        @JsonProperty("invoice_reference_id") @Size(max = 39) @Nullable
        CiString invoiceReferenceId,

        @JsonProperty("credit") @Nullable Boolean credit,

        @JsonProperty("credit_reference_id") @Size(max = 39) @Nullable
        CiString creditReferenceId,

        @JsonProperty("home_charging_compensation") @Nullable
        Boolean homeChargingCompensation,

        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** The length of the id of a CDR that is not a credit CDR ({@code [[mod_cdrs_cdr_object]]}). */
    private static final int NON_CREDIT_ID_LENGTH = 36;

    /** The length of the id of any CDR, checked by {@code @Size} ({@code [[mod_cdrs_cdr_object]]}). */
    private static final int ID_LENGTH = 39;

    /** Copies the lists; {@code null} becomes empty. */
    public CDR {
        tariffs = Lists.copyOf(tariffs);
        chargingPeriods = Lists.copyOf(chargingPeriods);
    }

    /**
     * Checks the rules of the text of {@code [[mod_cdrs_cdr_object]]} and {@code [[mod_cdrs_credit_cdrs]]}: a CDR
     * that is not a credit CDR has an id of at most 36 characters; a credit CDR ({@code credit = true}) has a {@code
     * credit_reference_id}, and an id different from it (the id of the original CDR); and no dimension of the charging
     * periods has a type that {@code [[mod_cdrs_cdrdimensiontype_enum]]} marks "Session Only".
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        boolean isCredit = Boolean.TRUE.equals(credit);
        if (!isCredit && id != null && id.length() > NON_CREDIT_ID_LENGTH && id.length() <= ID_LENGTH) {
            reporter.report(
                    "id", "CiString(36) unless credit is true: " + id.length() + " characters, at most 36 allowed");
        }
        if (isCredit && creditReferenceId == null) {
            reporter.report("credit_reference_id", "required when credit is true");
        }
        if (isCredit && creditReferenceId != null && creditReferenceId.equals(id)) {
            reporter.report("id", "a credit CDR needs an id of its own: must differ from credit_reference_id");
        }
        for (int p = 0; p < chargingPeriods.size(); p++) {
            ChargingPeriod period = chargingPeriods.get(p);
            if (period == null) {
                continue;
            }
            for (int d = 0; d < period.dimensions().size(); d++) {
                CdrDimension dimension = period.dimensions().get(d);
                if (dimension != null
                        && dimension.type() != null
                        && dimension.type().isSessionOnly()) {
                    reporter.report(
                            "charging_periods[" + p + "].dimensions[" + d + "].type",
                            "session only: " + dimension.type() + " is not allowed in a CDR");
                }
            }
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link CDR} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CDRBuilderBase {
        private Builder() {}
    }
}
