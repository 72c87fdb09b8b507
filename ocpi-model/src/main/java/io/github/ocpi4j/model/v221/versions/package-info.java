/** OCPI module {@code versions}. */
@NullMarked
package io.github.ocpi4j.model.v221.versions;

import org.jspecify.annotations.NullMarked;
