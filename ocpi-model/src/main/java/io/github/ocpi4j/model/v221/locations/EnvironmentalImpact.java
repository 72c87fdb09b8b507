package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One kind of waste or emission that comes with the supplied energy, per kWh.
 *
 * <p>Specification: {@code [[mod_locations_environmentalimpact_class]]}.
 *
 * @param category {@code category}: what is measured.
 * @param amount {@code amount}: how much, in grams per kWh.
 */
public record EnvironmentalImpact(
        @JsonProperty("category") @NotNull EnvironmentalImpactCategory category,
        @JsonProperty("amount") @NotNull BigDecimal amount) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link EnvironmentalImpact} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable EnvironmentalImpactCategory category;
        private @Nullable BigDecimal amount;

        private Builder() {}

        private Builder(EnvironmentalImpact from) {
            category = from.category;
            amount = from.amount;
        }

        /** Sets {@link EnvironmentalImpact#category()}. */
        public Builder category(@Nullable EnvironmentalImpactCategory category) {
            this.category = category;
            return this;
        }

        /** Sets {@link EnvironmentalImpact#amount()}. */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Returns the {@link EnvironmentalImpact}. */
        public EnvironmentalImpact build() {
            return new EnvironmentalImpact(category, amount);
        }
    }
}
