/** OCPI 2.3.0 module {@code tokens} ({@code [[mod_tokens_tokens_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.tokens;

import org.jspecify.annotations.NullMarked;
