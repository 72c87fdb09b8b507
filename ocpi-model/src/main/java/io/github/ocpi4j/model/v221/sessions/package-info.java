/** OCPI module {@code sessions}. */
@NullMarked
package io.github.ocpi4j.model.v221.sessions;

import org.jspecify.annotations.NullMarked;
