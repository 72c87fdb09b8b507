/**
 * OCPI 2.3.0 module {@code locations} ({@code [[mod_locations_locations_module]]}): a CPO's sites, their EVSEs and
 * connectors, and, new in 2.3.0, the parking places at a site ({@link io.github.ocpi4j.model.v230.locations.Parking})
 * that EVSEs refer to.
 */
@NullMarked
package io.github.ocpi4j.model.v230.locations;

import org.jspecify.annotations.NullMarked;
