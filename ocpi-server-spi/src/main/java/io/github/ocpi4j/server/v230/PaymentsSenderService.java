package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Payments Sender interface, a Payment Terminal Provider's ({@code [[mod_payments_ptp_interface]]}):
 * the PTP owns the terminals and confirmations, and a CPO reads them, activates and deactivates terminals, replaces a
 * terminal's data and assigns Locations and EVSEs to it. ocpi4j serves it below {@code sender/payments/} at {@code
 * terminals} and {@code financial-advice-confirmations}.
 *
 * <p>The host answers with the requesting CPO's terminals and confirmations only. A terminal whose {@code
 * country_code} and {@code party_id} name a party is that party's: ocpi4j withholds one of another party (logged as
 * the host's error), answers 404 for it, and changes a terminal only after {@link #terminal} found it the
 * requester's; a body that names another party is refused (2001).
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface PaymentsSenderService {

    /** Returns one page of the requesting CPO's terminals, oldest first. */
    PageResult<Terminal> terminals(RequestContext ctx, PageRequest page);

    /** Returns one of the requesting CPO's terminals, or empty (HTTP 404). */
    Optional<Terminal> terminal(RequestContext ctx, CiString terminalId);

    /**
     * Starts the activation of a terminal the CPO received with its station
     * ({@code [[mod_payments_ptp_terminal_post_activate_method]]}); the PTP then posts the Terminal, with its id, to
     * the CPO's Payments Receiver interface.
     *
     * @param terminal what the CPO knows of the terminal, such as its {@code reference}; its {@code terminal_id} is
     *     {@code null} when the CPO left it out, every other field is valid
     */
    void activate(RequestContext ctx, Terminal terminal);

    /**
     * Deactivates a terminal, for example one broken or moved ({@code
     * [[mod_payments_ptp_terminal_post_deactivate_method]]}).
     *
     * @return whether the terminal was known (otherwise HTTP 404)
     */
    boolean deactivate(RequestContext ctx, CiString terminalId);

    /**
     * Replaces a known terminal's data with the CPO's ({@code [[mod_payments_ptp_terminal_put_method]]}); a CPO
     * cannot create a terminal. ocpi4j has checked that the body's {@code terminal_id} is the URL's.
     *
     * @return whether the terminal was known (otherwise HTTP 404)
     */
    boolean putTerminal(RequestContext ctx, Terminal terminal);

    /**
     * Changes the fields a PATCH sets, such as the Locations and EVSEs assigned ({@code
     * [[mod_payments_ptp_patch_terminal_method]]}); a list it sets replaces the one held.
     *
     * @return whether the terminal was known (otherwise HTTP 404)
     */
    boolean patchTerminal(RequestContext ctx, CiString terminalId, TerminalPatch patch);

    /** Returns one page of the confirmations of the requesting CPO's sessions, oldest first. */
    PageResult<FinancialAdviceConfirmation> financialAdviceConfirmations(RequestContext ctx, PageRequest page);

    /** Returns a confirmation of one of the requesting CPO's sessions, or empty (HTTP 404). */
    Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(RequestContext ctx, CiString id);
}
