package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One value of a {@link ChargingPeriod}: what it measures and how much.
 *
 * <p>Specification: {@code [[mod_cdrs_cdrdimension_class]]}.
 *
 * @param type {@code type}: what this value measures; the type also fixes the unit.
 * @param volume {@code volume}: the amount measured, in the unit of {@code type} (kWh, hours, A, kW or percent).
 */
@GenerateBuilder
public record CdrDimension(
        @JsonProperty("type") @NotNull CdrDimensionType type,
        @JsonProperty("volume") @NotNull BigDecimal volume) implements CrossFieldRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks that the volume of a {@code STATE_OF_CHARGE} dimension, a percentage, lies in 0 to 100 ({@code
     * [[mod_cdrs_cdrdimensiontype_enum]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (type == CdrDimensionType.STATE_OF_CHARGE
                && volume != null
                && (volume.signum() < 0 || volume.compareTo(HUNDRED) > 0)) {
            reporter.report("volume", "STATE_OF_CHARGE: must be 0 to 100, was " + volume.toPlainString());
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

    /** Builds {@link CdrDimension} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CdrDimensionBuilderBase {
        private Builder() {}
    }
}
