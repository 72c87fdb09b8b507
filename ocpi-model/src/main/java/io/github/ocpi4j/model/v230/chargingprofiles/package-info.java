/** OCPI 2.3.0 module {@code chargingprofiles} ({@code [[mod_charging_profiles_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.chargingprofiles;

import org.jspecify.annotations.NullMarked;
