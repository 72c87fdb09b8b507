/** OCPI module {@code locations}. */
@NullMarked
package io.github.ocpi4j.model.v221.locations;

import org.jspecify.annotations.NullMarked;
