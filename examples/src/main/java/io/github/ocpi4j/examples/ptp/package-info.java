/**
 * A Payment Terminal Provider (PTP) in memory, as an example of the third side of OCPI 2.3.0 beside the CPO and the
 * eMSP: {@link io.github.ocpi4j.examples.ptp.Ptp} runs the payment terminals at a CPO's chargers, registers with the
 * CPO as the role {@code PTP}, receives its locations, tariffs, sessions and CDRs, starts sessions through Commands
 * and offers the Payments Sender interface ({@code [[mod_payments_payments_module]]}). A card presented at a terminal
 * is reserved by an {@link io.github.ocpi4j.examples.ptp.Acquirer} (by default the {@link
 * io.github.ocpi4j.examples.ptp.SimulatedAcquirer}), charged and confirmed to the CPO ({@code
 * [[mod_payments_transaction_flow]]}).
 */
@NullMarked
package io.github.ocpi4j.examples.ptp;

import org.jspecify.annotations.NullMarked;
