/** OCPI 2.3.0 module {@code cdrs} ({@code [[mod_cdrs_cdrs_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.cdrs;

import org.jspecify.annotations.NullMarked;
