/**
 * The cost of a charging session under an OCPI 2.2.1 tariff, computed as {@code [[mod_tariffs_tariff_object]]} and
 * {@code [[mod_cdrs_step_size]]} define it: {@link io.github.ocpi4j.model.v221.pricing.Pricing} prices charging
 * periods, a Session or a CDR and explains every amount; it also cuts meter readings into the charging periods a
 * CPO must report.
 */
@NullMarked
package io.github.ocpi4j.model.v221.pricing;

import org.jspecify.annotations.NullMarked;
