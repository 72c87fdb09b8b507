/** OCPI 2.3.0 module {@code versions} ({@code [[versions_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.versions;

import org.jspecify.annotations.NullMarked;
