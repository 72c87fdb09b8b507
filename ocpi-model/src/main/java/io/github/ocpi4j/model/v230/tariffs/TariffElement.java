package io.github.ocpi4j.model.v230.tariffs;

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
 * Price Components grouped under one set of restrictions.
 *
 * <p>Sharing restrictions does not make the components all-or-nothing: the price of each dimension is looked up on
 * its own, in the order of {@link Tariff#elements()}, so one dimension may be priced by an earlier element than
 * another. A Tariff Element for a reservation ({@link TariffRestrictions#reservation()} set) can only have {@code
 * FLAT} and {@code TIME} Price Components.
 *
 * <p>Specification: {@code [[mod_tariffs_tariffelement_class]]}.
 *
 * @param priceComponents {@code price_components}: the components, at least one, each pricing one dimension.
 * @param restrictions {@code restrictions}: when the components may apply; absent means no restriction.
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
     * Price Components, the only dimensions a reservation may be priced in ({@code
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
