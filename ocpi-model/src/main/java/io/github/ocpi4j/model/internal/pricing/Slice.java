package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A charging period as pricing sees it: when, what was used (energy, charging, parking and reservation time), the
 * power and current the restrictions look at, and how far the session had come when it started. Times are in seconds,
 * exactly: a volume in hours times 3600, or a duration between two instants; no decimal holds a third of an hour.
 *
 * @param period the index of the charging period in the list given
 * @param start when the period starts
 * @param end when it ends: the next period's start, or the session's end
 * @param energyKwh the ENERGY of the period
 * @param chargingSeconds the TIME of the period; its whole duration when it has no TIME, PARKING_TIME or
 *     RESERVATION_TIME
 * @param parkingSeconds the PARKING_TIME of the period
 * @param reservationSeconds the RESERVATION_TIME of the period
 * @param power the average POWER, if given
 * @param minPower MIN_POWER, if given
 * @param maxPower MAX_POWER, if given
 * @param current the average CURRENT, if given
 * @param minCurrent MIN_CURRENT, if given
 * @param maxCurrent MAX_CURRENT, if given
 * @param energyBefore the energy of the periods before
 * @param sinceStart how long the session (or its reservation) had lasted when the period started
 * @param tariffId the tariff the period names, if any
 */
public record Slice(
        int period,
        Instant start,
        Instant end,
        BigDecimal energyKwh,
        BigDecimal chargingSeconds,
        BigDecimal parkingSeconds,
        BigDecimal reservationSeconds,
        @Nullable BigDecimal power,
        @Nullable BigDecimal minPower,
        @Nullable BigDecimal maxPower,
        @Nullable BigDecimal current,
        @Nullable BigDecimal minCurrent,
        @Nullable BigDecimal maxCurrent,
        BigDecimal energyBefore,
        Duration sinceStart,
        @Nullable CiString tariffId) {

    /** Returns whether the period has charging or parking: the session proper, not its reservation. */
    public boolean hasCharging() {
        return energyKwh.signum() != 0 || chargingSeconds.signum() > 0 || parkingSeconds.signum() > 0;
    }

    /** Returns whether the period is part of a reservation only, before any charging or parking. */
    public boolean reservationOnly() {
        return reservationSeconds.signum() > 0 && !hasCharging();
    }

    /** The power for a minimum restriction: the average, else the minimum, else energy over charging time. */
    @Nullable
    public BigDecimal powerForMin() {
        return power != null ? power : minPower != null ? minPower : derivedPower();
    }

    /** The power for a maximum restriction: the average, else the maximum, else energy over charging time. */
    @Nullable
    public BigDecimal powerForMax() {
        return power != null ? power : maxPower != null ? maxPower : derivedPower();
    }

    /** The current for a minimum restriction: the average, else the minimum. */
    @Nullable
    public BigDecimal currentForMin() {
        return current != null ? current : minCurrent;
    }

    /** The current for a maximum restriction: the average, else the maximum. */
    @Nullable
    public BigDecimal currentForMax() {
        return current != null ? current : maxCurrent;
    }

    private @Nullable BigDecimal derivedPower() {
        // a comparison with a restriction, not an amount: 24 significant digits are plenty
        return chargingSeconds.signum() > 0
                ? energyKwh.multiply(Amounts.SECONDS_PER_HOUR).divide(chargingSeconds, Amounts.MC)
                : null;
    }

    /** The slices of charging periods, in time order, each ending where the next starts and the last at {@code end}. */
    public static List<Slice> of(List<ChargingPeriod> periods, Instant start, Instant end) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) != null && periods.get(i).startDateTime() != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> periods.get(i).startDateTime()));
        List<Slice> slices = new ArrayList<>();
        BigDecimal energyBefore = BigDecimal.ZERO;
        Instant chargingStart = null;
        Instant reservationStart = null;
        for (int k = 0; k < order.size(); k++) {
            ChargingPeriod p = periods.get(order.get(k));
            Instant from = p.startDateTime();
            Instant to = k + 1 < order.size() ? periods.get(order.get(k + 1)).startDateTime() : end;
            if (to.isBefore(from)) {
                to = from;
            }
            Map<CdrDimensionType, BigDecimal> v = volumes(p);
            BigDecimal energy = v.getOrDefault(CdrDimensionType.ENERGY, BigDecimal.ZERO);
            BigDecimal time = v.get(CdrDimensionType.TIME);
            BigDecimal parking = v.get(CdrDimensionType.PARKING_TIME);
            BigDecimal reservation = v.get(CdrDimensionType.RESERVATION_TIME);
            if (time == null && parking == null && reservation == null) {
                time = Amounts.seconds(from, to); // no time given: the whole period is charging time
            } else {
                time = seconds(time);
            }
            parking = seconds(parking);
            reservation = seconds(reservation);
            boolean reserving = reservation != null && reservation.signum() > 0;
            Instant origin;
            if (reserving && (time == null || time.signum() == 0) && energy.signum() == 0) {
                reservationStart = reservationStart == null ? from : reservationStart;
                origin = reservationStart;
            } else {
                chargingStart = chargingStart == null ? from : chargingStart;
                origin = chargingStart;
            }
            slices.add(new Slice(
                    order.get(k),
                    from,
                    to,
                    energy,
                    time == null ? BigDecimal.ZERO : time,
                    parking == null ? BigDecimal.ZERO : parking,
                    reservation == null ? BigDecimal.ZERO : reservation,
                    v.get(CdrDimensionType.POWER),
                    v.get(CdrDimensionType.MIN_POWER),
                    v.get(CdrDimensionType.MAX_POWER),
                    v.get(CdrDimensionType.CURRENT),
                    v.get(CdrDimensionType.MIN_CURRENT),
                    v.get(CdrDimensionType.MAX_CURRENT),
                    energyBefore,
                    Duration.between(origin, from),
                    p.tariffId()));
            energyBefore = energyBefore.add(energy);
        }
        return slices;
    }

    /** Hours in seconds, exactly. */
    private static @Nullable BigDecimal seconds(@Nullable BigDecimal hours) {
        return hours == null ? null : hours.multiply(Amounts.SECONDS_PER_HOUR);
    }

    private static Map<CdrDimensionType, BigDecimal> volumes(ChargingPeriod period) {
        Map<CdrDimensionType, BigDecimal> volumes = new EnumMap<>(CdrDimensionType.class);
        List<CdrDimension> dimensions = period.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            CdrDimension d = dimensions.get(i);
            if (d != null && d.type() != null && d.volume() != null) {
                volumes.merge(d.type(), d.volume(), BigDecimal::add);
            }
        }
        return volumes;
    }
}
