/** OCPI module {@code cdrs}. */
@NullMarked
package io.github.ocpi4j.model.v221.cdrs;

import org.jspecify.annotations.NullMarked;
