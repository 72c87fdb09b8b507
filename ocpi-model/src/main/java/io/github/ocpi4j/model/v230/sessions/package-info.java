/** OCPI 2.3.0 module {@code sessions} ({@code [[mod_sessions_sessions_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.sessions;

import org.jspecify.annotations.NullMarked;
