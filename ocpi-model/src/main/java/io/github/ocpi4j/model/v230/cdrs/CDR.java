package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Charge Detail Record: the CPO's account of one finished charging session, with its costs and how they add up. It
 * is the only OCPI object meant for billing.
 *
 * <p>Unlike a Session, a CDR is frozen: Location, EVSE, Tariffs and Token appear as they stood when the session
 * started, and a CDR that was sent is never changed. To correct one, the CPO sends a credit CDR ({@code credit =
 * true}, {@code credit_reference_id} = the original's id) and then a new CDR ({@code [[mod_cdrs_credit_cdrs]]}).
 * Validation checks, besides each field, the rules of the text: the id of a CDR that is not a credit CDR is at most
 * 36 characters; a credit CDR has a {@code credit_reference_id} that differs from its own id; and the charging
 * periods use no {@link CdrDimensionType#isSessionOnly() session only} dimension types. Since 2.3.0 every amount is
 * a {@link Price} of the amount before taxes and the taxes one by one.
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
 *         .totalCost(Price.of(new BigDecimal("4.00"), List.of(TaxAmount.of("VAT", null, new BigDecimal("0.40")))))
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
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the CPO that issued this CDR.
 * @param partyId {@code party_id}: the ISO-15118 party id of the CPO that issued this CDR.
 * @param id {@code id}: the CDR's id, unique for its {@code country_code} and {@code party_id}. Up to 39 characters
 *     for a credit CDR (room for a suffix such as {@code -C} on the original id), otherwise at most 36.
 * @param startDateTime {@code start_date_time}: when the session began; for a reservation, when the reservation
 *     began.
 * @param endDateTime {@code end_date_time}: when the session ended. Charging may have stopped earlier (a full battery)
 *     while parking was still billed.
 * @param sessionId {@code session_id}: the id of the Session this CDR bills. May be absent only if the CPO does not
 *     implement the Sessions module, or if the CDR bills a reservation that never turned into a session.
 * @param cdrToken {@code cdr_token}: the token that started the session, with what identifies it.
 * @param authMethod {@code auth_method}: how the session was authorized. If this changed during the session (say a
 *     ReserveNow {@code COMMAND}, then a {@code WHITELIST} token at the charger), it holds the last one.
 * @param authorizationReference {@code authorization_reference}: the eMSP's authorization reference, echoed from the
 *     real-time authorization, StartSession or ReserveNow that gave one; if the eMSP gave several for this session,
 *     the latest.
 * @param cdrLocation {@code cdr_location}: where the session took place, with only the EVSE and connector used.
 * @param meterId {@code meter_id}: the id of the meter in the charge point, optional.
 * @param currency {@code currency}: the ISO 4217 currency of every amount in this CDR.
 * @param tariffs {@code tariffs}: the tariffs that apply to this CDR, possibly none; a free-of-charge tariff that
 *     applied should be among them.
 * @param chargingPeriods {@code charging_periods}: the periods the session consists of, at least one; their
 *     dimensions must not be of a session only type.
 * @param signedData {@code signed_data}: the session's signed metering data, optional.
 * @param totalCost {@code total_cost}: what the whole session costs, in {@code currency}.
 * @param totalFixedCost {@code total_fixed_cost}: the part of the cost that does not depend on energy or time (such
 *     as a start fee), leaving out flat parking and reservation fees; optional.
 * @param totalEnergy {@code total_energy}: the energy charged, in kWh.
 * @param totalEnergyCost {@code total_energy_cost}: what the energy cost, in {@code currency}; optional.
 * @param totalTime {@code total_time}: how long the session lasted, charging and not charging, in hours.
 * @param totalTimeCost {@code total_time_cost}: what the charging time cost, in {@code currency}; optional.
 * @param totalParkingTime {@code total_parking_time}: how long of the session no energy flowed between EVSE and EV,
 *     in hours; optional. Charging time is {@code total_time} minus this.
 * @param totalParkingCost {@code total_parking_cost}: what parking cost, flat parking fees included, in {@code
 *     currency}; optional.
 * @param totalReservationCost {@code total_reservation_cost}: what reserving the charge point cost, flat reservation
 *     fees included, in {@code currency}; optional.
 * @param remark {@code remark}: optional free text for people, such as why the session was stopped.
 * @param invoiceReferenceId {@code invoice_reference_id}: optional reference to the invoice that will cover this CDR,
 *     for linking (or grouping) CDRs and invoices.
 * @param credit {@code credit}: {@code true} marks a credit CDR, which then also needs {@code credit_reference_id}.
 * @param creditReferenceId {@code credit_reference_id}: in a credit CDR, required: the {@code id} of the CDR it
 *     credits.
 * @param homeChargingCompensation {@code home_charging_compensation}: {@code true} when the session used the driver's
 *     own home charger and the driver is to be paid back for the energy.
 * @param lastUpdated {@code last_updated}: when this CDR was created or last changed.
 */
@GenerateBuilder
public record CDR(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 39) @UrlSegment
        CiString id,

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
