/** OCPI 2.3.0 module {@code commands} ({@code [[mod_commands_commands_module]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.commands;

import org.jspecify.annotations.NullMarked;
