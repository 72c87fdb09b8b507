package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Payments Receiver interface, a CPO's ({@code [[mod_payments_cpo_interface]]}): a Payment Terminal
 * Provider posts its terminals and the confirmations of the amounts it captured, and reads them back. ocpi4j serves
 * it below {@code receiver/payments/} at {@code terminals} and {@code financial-advice-confirmations}.
 *
 * <p>Neither the URL nor these objects name their owner, so ocpi4j names it: {@code countryCode} and {@code
 * partyId} are the requesting party's role {@code PTP}, or the one of its roles that its {@code
 * OCPI-from-country-code} and {@code OCPI-from-party-id} headers name. The host keeps each object under that owner
 * with its id, as it keeps client-owned objects, so that one PTP never reads nor replaces another's.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface PaymentsReceiverService {

    /** Returns a terminal this PTP posted, as this side stored it, or empty (HTTP 404). */
    Optional<Terminal> terminal(RequestContext ctx, CiString countryCode, CiString partyId, CiString terminalId);

    /**
     * Stores a new terminal of this PTP, or replaces one it posted before with the same id ({@code
     * [[mod_payments_cpo_terminal_post_method]]}).
     */
    Stored postTerminal(RequestContext ctx, CiString countryCode, CiString partyId, Terminal terminal);

    /** Returns a confirmation this PTP posted, as this side stored it, or empty (HTTP 404). */
    Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString id);

    /**
     * Stores a confirmation of the amount captured for a session, which names it by its {@code
     * authorization_reference} ({@code [[mod_payments_cpo_financial_advice_confirmation_post_method]]}); one posted
     * again with the same id replaces it.
     */
    Stored postFinancialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, FinancialAdviceConfirmation confirmation);
}
