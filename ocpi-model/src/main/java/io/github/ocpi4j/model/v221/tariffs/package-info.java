/** OCPI module {@code tariffs}. */
@NullMarked
package io.github.ocpi4j.model.v221.tariffs;

import org.jspecify.annotations.NullMarked;
