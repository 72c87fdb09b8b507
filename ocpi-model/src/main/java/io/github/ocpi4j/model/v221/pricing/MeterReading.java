package io.github.ocpi4j.model.v221.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a charger's meter during a session: when, the energy delivered since the session started, and, if
 * the charger reports them, the power and current at that moment (which hold until the next reading).
 *
 * <pre>{@code
 * List<MeterReading> readings = List.of(
 *         MeterReading.of(start, "0", "11.0", "16"),
 *         MeterReading.of(start.plusSeconds(3600), "10.9", "0", "0"),   // full: parking from here
 *         MeterReading.of(start.plusSeconds(4200), "10.9", null, null));
 * }</pre>
 *
 * @param time when the reading was taken
 * @param energyKwh the energy delivered since the session started, in kWh
 * @param powerKw the power at that moment, in kW, if known
 * @param currentA the current at that moment, summed over the phases, in A, if known
 */
public record MeterReading(
        Instant time,
        BigDecimal energyKwh,
        @Nullable BigDecimal powerKw,
        @Nullable BigDecimal currentA) {

    /** Checks the required values. */
    public MeterReading {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(energyKwh, "energyKwh");
    }

    /** Returns a reading from decimal texts; power and current may be {@code null}. */
    public static MeterReading of(Instant time, String energyKwh, @Nullable String powerKw, @Nullable String currentA) {
        return new MeterReading(
                time,
                new BigDecimal(energyKwh),
                powerKw == null ? null : new BigDecimal(powerKw),
                currentA == null ? null : new BigDecimal(currentA));
    }
}
