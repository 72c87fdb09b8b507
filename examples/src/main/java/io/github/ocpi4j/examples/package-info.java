/**
 * Runnable examples of ocpi4j and its command line, {@code java -jar examples/target/ocpi4j.jar <command>}; see
 * {@link io.github.ocpi4j.examples.Ocpi4j}.
 */
@NullMarked
package io.github.ocpi4j.examples;

import org.jspecify.annotations.NullMarked;
