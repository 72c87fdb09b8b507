/** OCPI 2.3.0 module {@code tariffs} ({@code [[mod_tariffs_tariffs_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.tariffs;

import org.jspecify.annotations.NullMarked;
