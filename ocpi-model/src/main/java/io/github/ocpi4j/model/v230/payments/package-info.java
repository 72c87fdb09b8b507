/**
 * OCPI 2.3.0 module {@code payments} ({@code [[mod_payments_payments_module]]}): the payment terminals a Payment
 * Terminal Provider (PTP) runs at a CPO's Locations ({@link io.github.ocpi4j.model.v230.payments.Terminal}), and the
 * PTP's report of what it captured for a session ({@link
 * io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation}). The PTP is the Sender of the module, the CPO
 * its Receiver.
 */
@NullMarked
package io.github.ocpi4j.model.v230.payments;

import org.jspecify.annotations.NullMarked;
