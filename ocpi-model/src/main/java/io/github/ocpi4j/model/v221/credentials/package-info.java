/** OCPI module {@code credentials}. */
@NullMarked
package io.github.ocpi4j.model.v221.credentials;

import org.jspecify.annotations.NullMarked;
