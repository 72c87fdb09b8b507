/** OCPI module {@code hubclientinfo}. */
@NullMarked
package io.github.ocpi4j.model.v221.hubclientinfo;

import org.jspecify.annotations.NullMarked;
