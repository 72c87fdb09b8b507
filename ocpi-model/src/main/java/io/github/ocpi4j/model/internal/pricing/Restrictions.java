package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.internal.Formats;
import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * Whether a tariff element's restrictions match a period, at its start ({@code [[mod_tariffs_tariffrestrictions_class]]}):
 * all set restrictions together, times and dates in the location's time zone.
 */
public final class Restrictions {
    private static final int END_OF_DAY = 24 * 60;
    private static final long SECONDS_PER_DAY = 24 * 60 * 60;
    /** The {@link java.time.DayOfWeek#ordinal()} of epoch day 0, 1970-01-01: a Thursday. */
    private static final long EPOCH_DAY_OF_WEEK = java.time.DayOfWeek.THURSDAY.ordinal();

    /** The tariff's days by {@link java.time.DayOfWeek#ordinal()}. */
    private static final DayOfWeek[] DAYS = new DayOfWeek[7];

    static {
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            DAYS[day.ordinal()] = DayOfWeek.valueOf(day.name());
        }
    }

    private final ZoneRules rules;
    // the zone's offset holds from offsetFrom (inclusive) to offsetUntil (exclusive): periods come in time order, so
    // their local times are mostly found without looking up the zone's rules again
    private @Nullable ZoneOffset offset;
    private Instant offsetFrom = Instant.MAX;
    private Instant offsetUntil = Instant.MIN;

    /** Restrictions in this time zone; for one pricing, on one thread. */
    Restrictions(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /**
     * Returns whether the restrictions match the period; when they do, appends what matched to {@code why} in words
     * ({@code ": time 08:00-20:00 at 10:00, MONDAY"}, nothing for no restrictions), and when they do not, leaves
     * {@code why} as it was. Without {@code why}, only decides.
     */
    boolean match(@Nullable TariffRestrictions r, Slice slice, @Nullable StringBuilder why) {
        if (r == null) {
            return true;
        }
        int mark = why == null ? 0 : why.length();
        if (matches(r, slice, why, mark)) {
            return true;
        }
        if (why != null) {
            why.setLength(mark);
        }
        return false;
    }

    private boolean matches(TariffRestrictions r, Slice slice, @Nullable StringBuilder why, int mark) {
        Instant start = slice.start();
        ZoneOffset offset = offset(start);
        // the local date and time as numbers: no LocalDateTime for the search, only for the explanation's words
        long localSeconds = start.getEpochSecond() + offset.getTotalSeconds();
        long epochDay = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
        if (r.startTime() != null || r.endTime() != null) {
            int now = (int) (Math.floorMod(localSeconds, SECONDS_PER_DAY) / 60);
            int from = r.startTime() == null ? 0 : minutes(r.startTime());
            int to = r.endTime() == null ? END_OF_DAY : minutes(r.endTime());
            if (from < 0 || to < 0) {
                return false;
            }
            if (to == 0) {
                to = END_OF_DAY; // "To stop at end of the day use: 00:00"
            }
            boolean in = from < to ? now >= from && now < to : now >= from || now < to; // to < from: over midnight
            if (!in) {
                return false;
            }
            if (why != null) {
                next(why, mark)
                        .append("time ")
                        .append(text(r.startTime(), "00:00"))
                        .append('-')
                        .append(text(r.endTime(), "24:00"))
                        .append(" at ")
                        .append(LocalDateTime.ofEpochSecond(start.getEpochSecond(), start.getNano(), offset)
                                .toLocalTime());
            }
        }
        if (r.startDate() != null) {
            LocalDate from = date(r.startDate());
            if (from == null || epochDay < from.toEpochDay()) {
                return false;
            }
            if (why != null) {
                next(why, mark).append("from ").append(from);
            }
        }
        if (r.endDate() != null) {
            LocalDate to = date(r.endDate());
            if (to == null || epochDay >= to.toEpochDay()) {
                return false;
            }
            if (why != null) {
                next(why, mark).append("before ").append(to);
            }
        }
        if (!r.dayOfWeek().isEmpty()) {
            DayOfWeek day = DAYS[(int) Math.floorMod(epochDay + EPOCH_DAY_OF_WEEK, 7L)];
            if (!r.dayOfWeek().contains(day)) {
                return false;
            }
            if (why != null) {
                next(why, mark).append(day.name());
            }
        }
        if (!atLeast(slice.energyBefore(), r.minKwh(), "min_kwh", "kWh used", why, mark)
                || !below(slice.energyBefore(), r.maxKwh(), "max_kwh", "kWh used", why, mark)
                || !atLeast(slice.currentForMin(), r.minCurrent(), "min_current", "A", why, mark)
                || !below(slice.currentForMax(), r.maxCurrent(), "max_current", "A", why, mark)
                // the power may be derived (a division): only when a power restriction asks for it
                || (r.minPower() != null && !atLeast(slice.powerForMin(), r.minPower(), "min_power", "kW", why, mark))
                || (r.maxPower() != null && !below(slice.powerForMax(), r.maxPower(), "max_power", "kW", why, mark))) {
            return false;
        }
        if (r.minDuration() == null && r.maxDuration() == null) {
            return true;
        }
        BigDecimal seconds = BigDecimal.valueOf(slice.sinceStart().getSeconds());
        return atLeast(seconds, decimal(r.minDuration()), "min_duration", "s into the session", why, mark)
                && below(seconds, decimal(r.maxDuration()), "max_duration", "s into the session", why, mark);
    }

    /** Starts the next part of the explanation: after {@code ": "} for the first, {@code ", "} for the others. */
    private static StringBuilder next(StringBuilder why, int mark) {
        return why.append(why.length() == mark ? ": " : ", ");
    }

    /** The zone's offset at an instant. */
    private ZoneOffset offset(Instant instant) {
        ZoneOffset known = offset;
        if (known == null || instant.isBefore(offsetFrom) || !instant.isBefore(offsetUntil)) {
            known = rules.getOffset(instant);
            offset = known;
            offsetFrom = instant;
            ZoneOffsetTransition next = rules.nextTransition(instant);
            offsetUntil = next == null ? Instant.MAX : next.getInstant();
        }
        return known;
    }

    /** A minimum restriction, inclusive; an unknown value matches no minimum. */
    private static boolean atLeast(
            @Nullable BigDecimal value,
            @Nullable BigDecimal min,
            String name,
            String unit,
            @Nullable StringBuilder why,
            int mark) {
        if (min == null) {
            return true;
        }
        if (value == null || value.compareTo(min) < 0) {
            return false;
        }
        if (why != null) {
            describe(next(why, mark), name, min, value, unit);
        }
        return true;
    }

    /** A maximum restriction, exclusive; an unknown value matches no maximum. */
    private static boolean below(
            @Nullable BigDecimal value,
            @Nullable BigDecimal max,
            String name,
            String unit,
            @Nullable StringBuilder why,
            int mark) {
        if (max == null) {
            return true;
        }
        if (value == null || value.compareTo(max) >= 0) {
            return false;
        }
        if (why != null) {
            describe(next(why, mark), name, max, value, unit);
        }
        return true;
    }

    /** {@code min_power 22 (22.5 kW)}. */
    private static void describe(StringBuilder why, String name, BigDecimal limit, BigDecimal value, String unit) {
        why.append(name)
                .append(' ')
                .append(limit.stripTrailingZeros().toPlainString())
                .append(" (")
                .append(shown(value))
                .append(' ')
                .append(unit)
                .append(')');
    }

    private static String shown(BigDecimal value) {
        return value.setScale(Math.min(Math.max(value.scale(), 0), 4), java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static @Nullable BigDecimal decimal(@Nullable Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The minutes into the day of a time as restrictions write it ({@code 13:30}); -1 for any other text. */
    public static int minutes(String time) {
        if (!Formats.isTimeOfDay(time)) {
            return -1;
        }
        return ((time.charAt(0) - '0') * 10 + time.charAt(1) - '0') * 60
                + (time.charAt(3) - '0') * 10
                + time.charAt(4)
                - '0';
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
