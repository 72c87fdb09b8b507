/**
 * The cost of a charging session under an OCPI 2.3.0 tariff: {@link io.github.ocpi4j.model.v230.pricing.Pricing}
 * prices a 2.3.0 CDR, Session or charging periods and states each total as {@code before_taxes} plus its taxes
 * ({@code [[types_price_class]]}), following the tariff's {@code tax_included} ({@code [[mod_tariffs_taxincluded_enum]]}).
 * The engine is the one that prices OCPI 2.2.1 ({@link io.github.ocpi4j.model.v221.pricing}); only reading the
 * 2.3.0 objects and shaping the result are this package's own.
 */
@NullMarked
package io.github.ocpi4j.model.v230.pricing;

import org.jspecify.annotations.NullMarked;
