package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.internal.pricing.Amounts;
import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.internal.pricing.Chooser;
import io.github.ocpi4j.model.internal.pricing.Restrictions;
import io.github.ocpi4j.model.internal.pricing.Slice;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts meter readings into charging periods ({@code [[mod_cdrs_charging_period]]}): between readings the power and
 * current hold and energy grows linearly; the time between them is cut where a restriction of the tariff can start or
 * stop applying (times of day, midnight, dates, durations, kWh thresholds), and consecutive pieces whose price
 * components are the same are merged again. Volumes have 6 decimals; TIME and PARKING_TIME are rounded down, since
 * pricing applies {@code step_size} to the volumes exactly ({@link Pricing}).
 */
final class MeterPeriods {
    private static final int SCALE = 6;

    private final Tariff tariff;
    private final List<MeterReading> readings;
    private final ZoneId zone;
    private final Chooser chooser;

    MeterPeriods(Tariff tariff, List<MeterReading> readings, ZoneId zone) {
        this.tariff = tariff;
        this.readings = readings.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MeterReading::time))
                .toList();
        this.zone = zone;
        this.chooser = new Chooser(tariff, zone, false);
    }

    /** A piece of the session in which everything that prices it holds still. */
    private record Piece(
            Instant from,
            Instant to,
            BigDecimal energyKwh,
            boolean charging,
            @Nullable BigDecimal power,
            @Nullable BigDecimal current,
            String signature) {}

    List<ChargingPeriod> periods() {
        if (readings.size() < 2) {
            return List.of();
        }
        Instant sessionStart = readings.get(0).time();
        List<Piece> pieces = new ArrayList<>();
        BigDecimal energyBefore = BigDecimal.ZERO;
        for (int i = 0; i + 1 < readings.size(); i++) {
            MeterReading a = readings.get(i);
            MeterReading b = readings.get(i + 1);
            if (!b.time().isAfter(a.time())) {
                continue;
            }
            BigDecimal delta = b.energyKwh().subtract(a.energyKwh());
            BigDecimal hours = Amounts.hours(a.time(), b.time());
            BigDecimal power = a.powerKw() != null ? a.powerKw() : delta.divide(hours, Amounts.MC);
            boolean charging = power.signum() > 0 || delta.signum() > 0;
            List<Instant> cuts = new ArrayList<>(cuts(a, b, sessionStart));
            cuts.add(0, a.time());
            cuts.add(b.time());
            for (int k = 0; k + 1 < cuts.size(); k++) {
                Instant from = cuts.get(k);
                Instant to = cuts.get(k + 1);
                BigDecimal share = Amounts.hours(from, to).divide(hours, Amounts.MC);
                BigDecimal energy = delta.multiply(share, Amounts.MC);
                Slice probe = probe(from, to, energy, charging, power, a.currentA(), energyBefore, sessionStart);
                pieces.add(new Piece(from, to, energy, charging, power, a.currentA(), signature(probe)));
                energyBefore = energyBefore.add(energy);
            }
        }
        return merge(pieces);
    }

    /** The instants between two readings where a restriction may start or stop applying. */
    private TreeSet<Instant> cuts(MeterReading a, MeterReading b, Instant sessionStart) {
        TreeSet<Instant> cuts = new TreeSet<>();
        boolean days = false;
        for (TariffElement element : tariff.elements()) {
            TariffRestrictions r = element == null ? null : element.restrictions();
            if (r == null) {
                continue;
            }
            for (String time : new String[] {r.startTime(), r.endTime()}) {
                LocalTime t = time(time);
                if (t != null) {
                    for (LocalDate day = local(a.time()).toLocalDate();
                            !day.isAfter(local(b.time()).toLocalDate());
                            day = day.plusDays(1)) {
                        cuts.add(day.atTime(t).atZone(zone).toInstant());
                    }
                }
            }
            days |= r.startDate() != null
                    || r.endDate() != null
                    || !r.dayOfWeek().isEmpty();
            for (Integer seconds : new Integer[] {r.minDuration(), r.maxDuration()}) {
                if (seconds != null) {
                    cuts.add(sessionStart.plusSeconds(seconds));
                }
            }
            for (BigDecimal kwh : new BigDecimal[] {r.minKwh(), r.maxKwh()}) {
                BigDecimal delta = b.energyKwh().subtract(a.energyKwh());
                if (kwh != null
                        && delta.signum() > 0
                        && kwh.compareTo(a.energyKwh()) > 0
                        && kwh.compareTo(b.energyKwh()) < 0) {
                    BigDecimal share = kwh.subtract(a.energyKwh()).divide(delta, Amounts.MC);
                    long millis = BigDecimal.valueOf(
                                    Duration.between(a.time(), b.time()).toMillis())
                            .multiply(share)
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValue();
                    cuts.add(a.time().plusMillis(millis));
                }
            }
        }
        if (days) {
            for (LocalDate day = local(a.time()).toLocalDate().plusDays(1);
                    !day.isAfter(local(b.time()).toLocalDate());
                    day = day.plusDays(1)) {
                cuts.add(day.atStartOfDay(zone).toInstant());
            }
        }
        return new TreeSet<>(cuts.subSet(a.time(), false, b.time(), false));
    }

    private Slice probe(
            Instant from,
            Instant to,
            BigDecimal energy,
            boolean charging,
            BigDecimal power,
            @Nullable BigDecimal current,
            BigDecimal energyBefore,
            Instant sessionStart) {
        BigDecimal seconds = Amounts.seconds(from, to);
        return new Slice(
                0,
                from,
                to,
                energy,
                charging ? seconds : BigDecimal.ZERO,
                charging ? BigDecimal.ZERO : seconds,
                BigDecimal.ZERO,
                null,
                power,
                power,
                null,
                current,
                current,
                energyBefore,
                Duration.between(sessionStart, from),
                null);
    }

    /** The price components that apply in a piece, which a new period starts when they change. */
    private String signature(Slice slice) {
        StringBuilder s = new StringBuilder(slice.chargingSeconds().signum() > 0 ? "charging" : "parking");
        for (Key key : new Key[] {Key.FLAT, Key.ENERGY, Key.TIME, Key.PARKING_TIME}) {
            Chooser.Active active = chooser.active(slice, key);
            s.append(' ').append(key).append('=').append(active == null ? "-" : active.index());
        }
        return s.toString();
    }

    private List<ChargingPeriod> merge(List<Piece> pieces) {
        List<ChargingPeriod> periods = new ArrayList<>();
        int k = 0;
        while (k < pieces.size()) {
            Piece first = pieces.get(k);
            BigDecimal energy = BigDecimal.ZERO;
            BigDecimal minPower = null;
            BigDecimal maxPower = null;
            BigDecimal minCurrent = null;
            BigDecimal maxCurrent = null;
            Instant to = first.to();
            int j = k;
            for (; j < pieces.size() && pieces.get(j).signature().equals(first.signature()); j++) {
                Piece p = pieces.get(j);
                energy = energy.add(p.energyKwh());
                minPower = min(minPower, p.power());
                maxPower = max(maxPower, p.power());
                minCurrent = min(minCurrent, p.current());
                maxCurrent = max(maxCurrent, p.current());
                to = p.to();
            }
            List<CdrDimension> dimensions = new ArrayList<>();
            dimensions.add(new CdrDimension(CdrDimensionType.ENERGY, energy.setScale(SCALE, RoundingMode.HALF_UP)));
            // rounded down: a step_size applied to the volumes never bills a step for time that only rounding added
            dimensions.add(new CdrDimension(
                    first.charging() ? CdrDimensionType.TIME : CdrDimensionType.PARKING_TIME,
                    Amounts.seconds(first.from(), to).divide(Amounts.SECONDS_PER_HOUR, SCALE, RoundingMode.DOWN)));
            add(dimensions, CdrDimensionType.MIN_POWER, minPower);
            add(dimensions, CdrDimensionType.MAX_POWER, maxPower);
            add(dimensions, CdrDimensionType.MIN_CURRENT, minCurrent);
            add(dimensions, CdrDimensionType.MAX_CURRENT, maxCurrent);
            periods.add(new ChargingPeriod(first.from(), dimensions, tariff.id()));
            k = j;
        }
        return periods;
    }

    private static void add(List<CdrDimension> dimensions, CdrDimensionType type, @Nullable BigDecimal value) {
        if (value != null) {
            dimensions.add(
                    new CdrDimension(type, value.setScale(Math.min(value.scale(), SCALE), RoundingMode.HALF_UP)));
        }
    }

    private static @Nullable BigDecimal min(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static @Nullable BigDecimal max(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    private static @Nullable LocalTime time(@Nullable String text) {
        int minutes = text == null ? -1 : Restrictions.minutes(text);
        return minutes < 0 ? null : LocalTime.ofSecondOfDay(minutes * 60L);
    }
}
