/**
 * The tariff engine that every OCPI version's {@code Pricing} shares: the search for the active price components,
 * the billing of charging periods, {@code step_size}, VAT and the minimum and maximum price, computed exactly. It
 * reads tariffs and charging periods in the OCPI 2.2.1 types; a version's facade converts its own to them and shapes
 * the {@link io.github.ocpi4j.model.internal.pricing.Outcome} into its result. Not API: any class here may change in
 * any release.
 */
@NullMarked
package io.github.ocpi4j.model.internal.pricing;

import org.jspecify.annotations.NullMarked;
