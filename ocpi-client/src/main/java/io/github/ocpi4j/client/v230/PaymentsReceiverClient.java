package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import java.util.Optional;

/**
 * The partner's Payments Receiver interface, a CPO's ({@code [[mod_payments_cpo_interface]]}): this side, a Payment
 * Terminal Provider, posts its terminals and the confirmations of the amounts it captured, and reads them back.
 *
 * <pre>{@code
 * PaymentsReceiverClient cpo = partner.v230().paymentsReceiver();
 * cpo.post(terminal);
 * cpo.post(confirmation);   // after the capture of a session the CPO invoices
 * }</pre>
 */
public final class PaymentsReceiverClient {
    private static final String TERMINALS = "terminals";
    private static final String CONFIRMATIONS = "financial-advice-confirmations";

    private final ModuleCalls calls;

    PaymentsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Posts a new terminal, or one that changed ({@code [[mod_payments_cpo_terminal_post_method]]}). Not retried. */
    public void post(Terminal terminal) {
        calls.send("POST", calls.url(TERMINALS), calls.valid(terminal), false);
    }

    /** Returns a terminal as the CPO stored it. */
    public Optional<Terminal> terminal(String terminalId) {
        return calls.find(calls.url(TERMINALS, terminalId), Terminal.class);
    }

    /**
     * Posts the confirmation of an amount captured ({@code
     * [[mod_payments_cpo_financial_advice_confirmation_post_method]]}). Not retried.
     */
    public void post(FinancialAdviceConfirmation confirmation) {
        calls.send("POST", calls.url(CONFIRMATIONS), calls.valid(confirmation), false);
    }

    /** Returns a confirmation as the CPO stored it. */
    public Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(String id) {
        return calls.find(calls.url(CONFIRMATIONS, id), FinancialAdviceConfirmation.class);
    }
}
