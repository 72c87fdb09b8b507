/** OCPI module {@code tokens}. */
@NullMarked
package io.github.ocpi4j.model.v221.tokens;

import org.jspecify.annotations.NullMarked;
