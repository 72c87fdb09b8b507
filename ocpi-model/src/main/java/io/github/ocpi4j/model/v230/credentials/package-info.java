/** OCPI 2.3.0 module {@code credentials} ({@code [[credentials_credentials_endpoint]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.credentials;

import org.jspecify.annotations.NullMarked;
