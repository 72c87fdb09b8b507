package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The partner's Payments Sender interface, a Payment Terminal Provider's ({@code [[mod_payments_ptp_interface]]}):
 * this side, a CPO, reads the PTP's terminals and confirmations, activates and deactivates terminals, replaces a
 * terminal's data and assigns Locations and EVSEs to it. The lists are at {@code terminals} and {@code
 * financial-advice-confirmations} below the partner's {@code payments} endpoint.
 *
 * <pre>{@code
 * PaymentsSenderClient ptp = partner.v230().paymentsSender();
 * ptp.patch("T1", TerminalPatch.builder().locationIds(List.of(CiString.of("LOC1"))).lastUpdated(now).build());
 * ptp.terminals(ListQuery.all()).forEach(this::store);
 * }</pre>
 */
public final class PaymentsSenderClient {
    private static final String TERMINALS = "terminals";
    private static final String CONFIRMATIONS = "financial-advice-confirmations";

    private final ModuleCalls calls;

    PaymentsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of the PTP's terminals of this side ({@code [[mod_payments_ptp_get_terminals_method]]}). */
    public Page<Terminal> terminalsPage(ListQuery query) {
        return calls.page(calls.url(TERMINALS), query, Terminal.class);
    }

    /** Returns every terminal of every page, fetched as the stream is consumed. */
    public Stream<Terminal> terminals(ListQuery query) {
        return calls.stream(calls.url(TERMINALS), query, Terminal.class);
    }

    /** Returns one terminal, or empty when the PTP does not know it. */
    public Optional<Terminal> terminal(String terminalId) {
        return calls.find(calls.url(TERMINALS, terminalId), Terminal.class);
    }

    /**
     * Asks the PTP to activate a terminal ({@code [[mod_payments_ptp_terminal_post_activate_method]]}), which it then
     * posts, with its id, to this side's Payments Receiver interface. Not retried.
     *
     * @param terminal what this side knows of it, such as its {@code reference}; its {@code terminal_id} may be
     *     {@code null}
     * @throws OcpiValidationException if it breaks another rule
     */
    public void activate(Terminal terminal) {
        List<Violation> violations =
                Terminal.activationViolations(OcpiJson.instance().validate(terminal));
        if (!violations.isEmpty()) {
            throw new OcpiValidationException(violations);
        }
        calls.send("POST", calls.url(TERMINALS, "activate"), terminal, false);
    }

    /** Deactivates a terminal ({@code [[mod_payments_ptp_terminal_post_deactivate_method]]}). Not retried. */
    public void deactivate(String terminalId) {
        calls.send("POST", calls.url(TERMINALS, terminalId, "deactivate"), null, false);
    }

    /** Replaces a terminal's data, at the URL of its id ({@code [[mod_payments_ptp_terminal_put_method]]}). */
    public void put(Terminal terminal) {
        Terminal checked = calls.valid(terminal);
        calls.send("PUT", calls.url(TERMINALS, checked.terminalId()), checked, true);
    }

    /**
     * Changes the fields the PATCH sets, such as the Locations and EVSEs assigned to the terminal ({@code
     * [[mod_payments_ptp_patch_terminal_method]]}).
     */
    public void patch(String terminalId, TerminalPatch patch) {
        calls.send("PATCH", calls.url(TERMINALS, terminalId), calls.valid(patch), true);
    }

    /** Returns one page of the PTP's confirmations ({@code [[mod_payments_ptp_get_financial_advice_confirmations_method]]}). */
    public Page<FinancialAdviceConfirmation> financialAdviceConfirmationsPage(ListQuery query) {
        return calls.page(calls.url(CONFIRMATIONS), query, FinancialAdviceConfirmation.class);
    }

    /** Returns every confirmation of every page, fetched as the stream is consumed. */
    public Stream<FinancialAdviceConfirmation> financialAdviceConfirmations(ListQuery query) {
        return calls.stream(calls.url(CONFIRMATIONS), query, FinancialAdviceConfirmation.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}, of terminals or of confirmations. */
    public <T> Page<T> page(String url, Class<T> type) {
        return calls.pageAt(url, type);
    }

    /** Returns one confirmation, or empty when the PTP does not know it. */
    public Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(String id) {
        return calls.find(calls.url(CONFIRMATIONS, id), FinancialAdviceConfirmation.class);
    }
}
