/** OCPI module {@code chargingprofiles}. */
@NullMarked
package io.github.ocpi4j.model.v221.chargingprofiles;

import org.jspecify.annotations.NullMarked;
