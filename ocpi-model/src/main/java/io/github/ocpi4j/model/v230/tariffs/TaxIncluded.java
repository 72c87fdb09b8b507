package io.github.ocpi4j.model.v230.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says whether the prices of a {@link Tariff} already hold the taxes, whether taxes come on top of them, or whether
 * no tax applies to the Tariff at all. New in 2.3.0, for tax systems (as in North America) where the CPO cannot know
 * the rate when it publishes the Tariff.
 *
 * <p>Specification: {@code [[mod_tariffs_taxincluded_enum]]}.
 */
public enum TaxIncluded {
    /** The prices are final: every tax due is part of them. */
    YES,
    /** The prices are net: the taxes due are added to them when the session is billed. */
    NO,
    /** The Tariff is free of taxes; written {@code N/A} on the wire. */
    @JsonProperty("N/A")
    NOT_APPLICABLE
}
