package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a tariff element's restrictions match a period, at its start ({@code [[mod_tariffs_tariffrestrictions_class]]}):
 * all set restrictions together, times and dates in the location's time zone.
 */
final class Restrictions {
    private static final int END_OF_DAY = 24 * 60;

    /** A local time as restrictions write it: {@code 13:30}, 24h with leading zeros. */
    static final Pattern TIME = Pattern.compile("([0-1][0-9]|2[0-3]):[0-5][0-9]");

    private final ZoneId zone;

    Restrictions(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns {@code null} when the restrictions do not match the period, otherwise what matched, in words ({@code ""}
     * for no restrictions).
     */
    @Nullable
    String match(@Nullable TariffRestrictions r, Slice slice) {
        if (r == null) {
            return "";
        }
        List<String> why = new ArrayList<>();
        LocalDateTime local = LocalDateTime.ofInstant(slice.start(), zone);
        if (r.startTime() != null || r.endTime() != null) {
            Integer now = local.getHour() * 60 + local.getMinute();
            Integer from = r.startTime() == null ? Integer.valueOf(0) : minutes(r.startTime());
            Integer to = r.endTime() == null ? Integer.valueOf(END_OF_DAY) : minutes(r.endTime());
            if (from == null || to == null) {
                return null;
            }
            if (to == 0) {
                to = END_OF_DAY; // "To stop at end of the day use: 00:00"
            }
            boolean in = from < to ? now >= from && now < to : now >= from || now < to; // to < from: over midnight
            if (!in) {
                return null;
            }
            why.add("time " + text(r.startTime(), "00:00") + "-" + text(r.endTime(), "24:00") + " at "
                    + local.toLocalTime());
        }
        LocalDate date = local.toLocalDate();
        if (r.startDate() != null) {
            LocalDate from = date(r.startDate());
            if (from == null || date.isBefore(from)) {
                return null;
            }
            why.add("from " + from);
        }
        if (r.endDate() != null) {
            LocalDate to = date(r.endDate());
            if (to == null || !date.isBefore(to)) {
                return null;
            }
            why.add("before " + to);
        }
        if (!r.dayOfWeek().isEmpty()) {
            DayOfWeek day = DayOfWeek.valueOf(local.getDayOfWeek().name());
            if (!r.dayOfWeek().contains(day)) {
                return null;
            }
            why.add(day.name());
        }
        if (!atLeast(slice.energyBefore(), r.minKwh(), "min_kwh", "kWh used", why)
                || !below(slice.energyBefore(), r.maxKwh(), "max_kwh", "kWh used", why)
                || !atLeast(slice.currentForMin(), r.minCurrent(), "min_current", "A", why)
                || !below(slice.currentForMax(), r.maxCurrent(), "max_current", "A", why)
                // the power may be derived (a division): only when a power restriction asks for it
                || (r.minPower() != null && !atLeast(slice.powerForMin(), r.minPower(), "min_power", "kW", why))
                || (r.maxPower() != null && !below(slice.powerForMax(), r.maxPower(), "max_power", "kW", why))) {
            return null;
        }
        BigDecimal seconds = BigDecimal.valueOf(slice.sinceStart().getSeconds());
        if (!atLeast(seconds, decimal(r.minDuration()), "min_duration", "s into the session", why)
                || !below(seconds, decimal(r.maxDuration()), "max_duration", "s into the session", why)) {
            return null;
        }
        return String.join(", ", why);
    }

    /** A minimum restriction, inclusive; an unknown value matches no minimum. */
    private static boolean atLeast(
            @Nullable BigDecimal value, @Nullable BigDecimal min, String name, String unit, List<String> why) {
        if (min == null) {
            return true;
        }
        if (value == null || value.compareTo(min) < 0) {
            return false;
        }
        why.add(name + " " + min.stripTrailingZeros().toPlainString() + " (" + shown(value) + " " + unit + ")");
        return true;
    }

    /** A maximum restriction, exclusive; an unknown value matches no maximum. */
    private static boolean below(
            @Nullable BigDecimal value, @Nullable BigDecimal max, String name, String unit, List<String> why) {
        if (max == null) {
            return true;
        }
        if (value == null || value.compareTo(max) >= 0) {
            return false;
        }
        why.add(name + " " + max.stripTrailingZeros().toPlainString() + " (" + shown(value) + " " + unit + ")");
        return true;
    }

    private static String shown(BigDecimal value) {
        return value.setScale(Math.min(Math.max(value.scale(), 0), 4), java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static @Nullable BigDecimal decimal(@Nullable Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static @Nullable Integer minutes(String time) {
        if (!TIME.matcher(time).matches()) {
            return null;
        }
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    private static @Nullable LocalDate date(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(@Nullable String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
