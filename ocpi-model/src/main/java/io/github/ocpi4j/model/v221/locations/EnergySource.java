package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The share of one kind of source in an {@link EnergyMix}. The shares of all sources given should total 100 percent.
 *
 * <p>Specification: {@code [[mod_locations_energysource_class]]}.
 *
 * @param source {@code source}: the kind of source.
 * @param percentage {@code percentage}: its share of the mix, from 0 to 100.
 */
public record EnergySource(
        @JsonProperty("source") @NotNull EnergySourceCategory source,

        @JsonProperty("percentage") @NotNull @DecimalMin("0") @DecimalMax("100")
        BigDecimal percentage) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link EnergySource} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable EnergySourceCategory source;
        private @Nullable BigDecimal percentage;

        private Builder() {}

        private Builder(EnergySource from) {
            source = from.source;
            percentage = from.percentage;
        }

        /** Sets {@link EnergySource#source()}. */
        public Builder source(@Nullable EnergySourceCategory source) {
            this.source = source;
            return this;
        }

        /** Sets {@link EnergySource#percentage()}. */
        public Builder percentage(@Nullable BigDecimal percentage) {
            this.percentage = percentage;
            return this;
        }

        /** Returns the {@link EnergySource}. */
        public EnergySource build() {
            return new EnergySource(source, percentage);
        }
    }
}
