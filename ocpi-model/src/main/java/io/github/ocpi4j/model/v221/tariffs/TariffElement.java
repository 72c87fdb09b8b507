package io.github.ocpi4j.model.v221.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group of Price Components that share a set of restrictions under which they apply.
 *
 * <p>That the Price Components share the same restrictions does not mean that they all apply or all do not apply at
 * any time: applicable Price Components are looked up separately for each dimension, in the order of {@link
 * Tariff#elements()}. A Tariff Element for a reservation ({@link TariffRestrictions#reservation()} set) can only
 * have {@code FLAT} and {@code TIME} Price Components.
 *
 * <p>Specification: {@code [[mod_tariffs_tariffelement_class]]}.
 *
 * @param priceComponents {@code price_components}: List of Price Components that each describe how a certain
 *     dimension is priced.
 * @param restrictions {@code restrictions}: Restrictions that describe under which circumstances the Price Components
 *     of this Tariff Element apply.
 */
@GenerateBuilder
public record TariffElement(
        @JsonProperty("price_components") @NotEmpty List<@Valid PriceComponent> priceComponents,
        @JsonProperty("restrictions") @Valid @Nullable TariffRestrictions restrictions)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public TariffElement {
        priceComponents = Lists.copyOf(priceComponents);
    }

    /**
     * Checks that a Tariff Element with a {@code reservation} restriction has only {@code FLAT} and {@code TIME}
     * Price Components: "A reservation can only have: FLAT and TIME TariffDimensions" ({@code
     * [[mod_tariffs_tariffrestrictions_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (restrictions == null || restrictions.reservation() == null) {
            return;
        }
        for (int i = 0; i < priceComponents.size(); i++) {
            PriceComponent component = priceComponents.get(i);
            TariffDimensionType type = component == null ? null : component.type();
            if (type != null && type != TariffDimensionType.FLAT && type != TariffDimensionType.TIME) {
                reporter.report(
                        "price_components[" + i + "].type",
                        "only FLAT and TIME allowed when restrictions.reservation is set");
            }
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

    /** Builds {@link TariffElement} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TariffElementBuilderBase {
        private Builder() {}
    }
}
