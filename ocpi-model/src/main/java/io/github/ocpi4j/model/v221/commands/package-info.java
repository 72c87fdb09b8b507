/** OCPI module {@code commands}. */
@NullMarked
package io.github.ocpi4j.model.v221.commands;

import org.jspecify.annotations.NullMarked;
