/** OCPI 2.3.0 module {@code locations} ({@code [[mod_locations_locations_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.locations;

import org.jspecify.annotations.NullMarked;
