package io.github.ocpi4j.model.v221.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.pricing.Explanation;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a session under a tariff, with the fields and names of the CDR's totals ({@code
 * [[mod_cdrs_cdr_object]]}), and the explanation of every amount. Amounts are rounded to 4 decimals, half up, as
 * OCPI numbers are ({@code [[types_number_type]]}); what the law or a contract requires beyond that (cents, for a
 * bill) is the caller's to apply.
 *
 * <pre>{@code
 * PricingResult cost = Pricing.price(tariff, cdr, ZoneId.of("Europe/Brussels"));
 * CDR billed = cost.applyTo(cdr);          // total_cost and the per-dimension totals set
 * cost.explanation().forEach(System.out::println);
 * }</pre>
 *
 * @param totalCost {@code total_cost}, after the tariff's minimum and maximum price
 * @param totalEnergy {@code total_energy} in kWh
 * @param totalEnergyCost {@code total_energy_cost}
 * @param totalTime {@code total_time} in hours: the charging session from its start (after a reservation that came
 *     first) to its end, charging and not charging
 * @param totalTimeCost {@code total_time_cost}, for the time charging
 * @param totalParkingTime {@code total_parking_time} in hours
 * @param totalParkingCost {@code total_parking_cost}
 * @param totalFixedCost {@code total_fixed_cost}: the FLAT price components of the session
 * @param totalReservationCost {@code total_reservation_cost}: the reservation's FLAT and TIME components, or {@code
 *     null} without a reservation
 * @param explanation what was billed, period by period and dimension by dimension, and the adjustments; from {@link
 *     Pricing}, written when first read (the totals do not wait for it), the same lines on every read and thread
 */
public record PricingResult(
        @JsonProperty("total_cost") Price totalCost,
        @JsonProperty("total_energy") BigDecimal totalEnergy,
        @JsonProperty("total_energy_cost") Price totalEnergyCost,
        @JsonProperty("total_time") BigDecimal totalTime,
        @JsonProperty("total_time_cost") Price totalTimeCost,
        @JsonProperty("total_parking_time") BigDecimal totalParkingTime,
        @JsonProperty("total_parking_cost") Price totalParkingCost,
        @JsonProperty("total_fixed_cost") Price totalFixedCost,
        @JsonProperty("total_reservation_cost") @Nullable Price totalReservationCost,
        @JsonProperty("explanation") List<PricingLine> explanation) {

    /** Copies the explanation; one that the engine writes when first read is kept as it is, unmodifiable. */
    public PricingResult {
        explanation = explanation instanceof Explanation ? explanation : Lists.copyOf(explanation);
    }

    /** Returns this result without its explanation, for writing only the totals. */
    public PricingResult withoutExplanation() {
        return new PricingResult(
                totalCost,
                totalEnergy,
                totalEnergyCost,
                totalTime,
                totalTimeCost,
                totalParkingTime,
                totalParkingCost,
                totalFixedCost,
                totalReservationCost,
                List.of());
    }

    /** Returns the CDR with these totals. */
    public CDR applyTo(CDR cdr) {
        return cdr.toBuilder()
                .totalCost(totalCost)
                .totalEnergy(totalEnergy)
                .totalEnergyCost(totalEnergyCost)
                .totalTime(totalTime)
                .totalTimeCost(totalTimeCost)
                .totalParkingTime(totalParkingTime)
                .totalParkingCost(totalParkingCost)
                .totalFixedCost(totalFixedCost)
                .totalReservationCost(totalReservationCost)
                .build();
    }

    /** Returns the session with this total cost and energy. */
    public Session applyTo(Session session) {
        return session.toBuilder().totalCost(totalCost).kwh(totalEnergy).build();
    }
}
