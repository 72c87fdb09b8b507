/**
 * A CPO backend over plain JDBC, as an integrator would wire ocpi4j's server SPI into a real system: {@link
 * io.github.ocpi4j.examples.cpo.JdbcCpo}. Its data (partners, locations, tariffs, tokens, reservations, sessions, CDRs
 * and an outbox of pushes) lives in SQL tables it creates on start; its chargers are simulated.
 */
@NullMarked
package io.github.ocpi4j.examples.cpo;

import org.jspecify.annotations.NullMarked;
