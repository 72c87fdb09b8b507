/**
 * The two-party demo, {@code java -jar examples/target/ocpi4j.jar demo}: a CPO and an eMSP on loopback playing
 * reservations, transactions and authentication, with a transcript of every step and HTTP call.
 */
@NullMarked
package io.github.ocpi4j.examples.demo;

import org.jspecify.annotations.NullMarked;
