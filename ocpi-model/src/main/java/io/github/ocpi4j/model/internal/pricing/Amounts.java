package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The arithmetic of pricing: exact amounts, and the one rounding at the end. */
public final class Amounts {
    /** 24 significant digits: for comparisons and for sharing a meter's energy, never for an amount of money. */
    public static final MathContext MC = new MathContext(24, RoundingMode.HALF_UP);

    /** Seconds in an hour. */
    public static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Amounts() {}

    /** What one dimension is billed as: which part of the session, and of which dimension. */
    public enum Key {
        /** The FLAT price of a reservation. */
        FLAT_RESERVATION,
        /** The time of a reservation. */
        TIME_RESERVATION,
        /** The FLAT price of the charging session. */
        FLAT,
        /** Energy. */
        ENERGY,
        /** Charging time. */
        TIME,
        /** Parking time. */
        PARKING_TIME;

        /** The tariff's dimension this part is priced by. */
        public TariffDimensionType dimension() {
            return switch (this) {
                case FLAT, FLAT_RESERVATION -> TariffDimensionType.FLAT;
                case TIME, TIME_RESERVATION -> TariffDimensionType.TIME;
                case ENERGY -> TariffDimensionType.ENERGY;
                case PARKING_TIME -> TariffDimensionType.PARKING_TIME;
            };
        }

        /** Whether this part belongs to a reservation. */
        public boolean reservation() {
            return this == FLAT_RESERVATION || this == TIME_RESERVATION;
        }

        /** Whether this part is priced per hour. */
        public boolean timeBased() {
            return this == TIME || this == TIME_RESERVATION || this == PARKING_TIME;
        }
    }

    /** Rounds an amount of money as results show it: 4 decimals at most, 2 at least. */
    public static BigDecimal money(BigDecimal amount) {
        return shown(amount.setScale(4, RoundingMode.HALF_UP));
    }

    /** Rounds the quotient of an exact amount and a positive divisor, once, as results show money. */
    static BigDecimal money(BigDecimal amount, BigDecimal divisor) {
        return shown(amount.divide(divisor, 4, RoundingMode.HALF_UP));
    }

    private static BigDecimal shown(BigDecimal fourDecimals) {
        BigDecimal rounded = fourDecimals.stripTrailingZeros();
        return rounded.scale() < 2 ? rounded.setScale(2, RoundingMode.UNNECESSARY) : rounded;
    }

    /** Rounds a quantity (kWh, hours) as results show it: 4 decimals at most. */
    public static BigDecimal quantity(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    /** Seconds in hours, rounded once as results show them. */
    public static BigDecimal hoursOf(BigDecimal seconds) {
        return quantity(seconds.divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP));
    }

    /** The hours between two instants, to 24 significant digits: for sharing a meter's energy, not for amounts. */
    public static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis()).divide(BigDecimal.valueOf(3_600_000L), MC);
    }

    /** The seconds between two instants, exactly. */
    public static BigDecimal seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds());
        return d.getNano() == 0 ? seconds : seconds.add(BigDecimal.valueOf(d.getNano(), 9));
    }

    /** An amount with a VAT percentage added, exactly; {@code null}: none added. */
    static BigDecimal inclVat(BigDecimal exclVat, @Nullable BigDecimal vat) {
        // vat / 100 is exact: a shift of the decimal point, not a division
        return vat == null ? exclVat : exclVat.multiply(BigDecimal.ONE.add(vat.movePointLeft(2)));
    }

    /** Rounds up to the smallest multiple of {@code step} at least {@code value}; steps below 1 count as 1. */
    static BigDecimal roundUp(BigDecimal value, @Nullable Integer step) {
        BigDecimal s = BigDecimal.valueOf(step == null || step < 1 ? 1 : step);
        if (value.signum() <= 0) {
            return value;
        }
        return value.divide(s, 0, RoundingMode.CEILING).multiply(s);
    }
}
