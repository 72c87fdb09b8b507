package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.internal.Call;
import io.github.ocpi4j.server.internal.Checks;
import io.github.ocpi4j.server.internal.HttpError;
import io.github.ocpi4j.server.internal.Reply;
import io.github.ocpi4j.server.internal.RouteTable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The routes of the 2.3.0 Payments module ({@code [[mod_payments_interfaces_and_endpoints]]}), whose directions
 * differ from the other modules': the PTP owns the objects but serves them from its Sender interface, where the CPO
 * writes to them, and posts them to the CPO's Receiver interface. One endpoint per interface role, {@code
 * payments}, with {@code terminals} and {@code financial-advice-confirmations} below it.
 */
final class PaymentsRoutes {
    private static final String TERMINALS = "payments/terminals";
    private static final String CONFIRMATIONS = "payments/financial-advice-confirmations";
    /** The role that owns what the Receiver interface gets. */
    private static final String PTP = "PTP";

    private PaymentsRoutes() {}

    /**
     * The PTP's Sender interface ({@code [[mod_payments_ptp_interface]]}): a CPO reaches the terminals that are its
     * own, a terminal naming another party in {@code country_code} and {@code party_id} being invisible to it.
     */
    static void sender(RouteTable r, PaymentsSenderService s) {
        String terminal = "sender/" + TERMINALS + "/{terminal_id}";
        r.list(TERMINALS, s::terminals, PaymentsRoutes::ofRequester);
        r.get(terminal, "terminal", c -> ownTerminal(c, s));
        r.add(
                "POST",
                "sender/" + TERMINALS + "/activate",
                Terminal.class,
                Terminal::activationViolations,
                (c, body) -> {
                    namesRequester(c, body.countryCode(), body.partyId());
                    s.activate(c.context(), body);
                    return Reply.ok();
                });
        r.add("POST", terminal + "/deactivate", null, c -> {
            CiString id = known(c, s);
            return Reply.patched(s.deactivate(c.context(), id), "terminal");
        });
        r.add("PUT", terminal, Terminal.class, (c, body) -> {
            Checks.same("terminal_id", c.ciParam("terminal_id"), body.terminalId());
            namesRequester(c, body.countryCode(), body.partyId());
            known(c, s);
            return Reply.patched(s.putTerminal(c.context(), body), "terminal");
        });
        r.add("PATCH", terminal, TerminalPatch.class, (c, body) -> {
            Checks.same("terminal_id", c.ciParam("terminal_id"), body.terminalId());
            namesRequester(c, value(body.countryCode()), value(body.partyId()));
            return Reply.patched(s.patchTerminal(c.context(), known(c, s), body), "terminal");
        });
        r.list(CONFIRMATIONS, s::financialAdviceConfirmations, null);
        r.get(
                "sender/" + CONFIRMATIONS + "/{financial_advice_confirmation_id}",
                "financial advice confirmation",
                c -> s.financialAdviceConfirmation(c.context(), c.ciParam("financial_advice_confirmation_id")));
    }

    /**
     * The CPO's Receiver interface ({@code [[mod_payments_cpo_interface]]}): what a PTP posts and reads back is
     * kept under the role it speaks for ({@link Checks#speaker}).
     */
    static void receiver(RouteTable r, PaymentsReceiverService s) {
        r.add("POST", "receiver/" + TERMINALS, Terminal.class, (c, body) -> {
            PartyRole ptp = Checks.speaker(c, PTP);
            return Reply.stored(s.postTerminal(c.context(), ptp.countryCode(), ptp.partyId(), body));
        });
        r.get("receiver/" + TERMINALS + "/{terminal_id}", "terminal", c -> {
            PartyRole ptp = Checks.speaker(c, PTP);
            return s.terminal(c.context(), ptp.countryCode(), ptp.partyId(), c.ciParam("terminal_id"));
        });
        r.add("POST", "receiver/" + CONFIRMATIONS, FinancialAdviceConfirmation.class, (c, body) -> {
            PartyRole ptp = Checks.speaker(c, PTP);
            return Reply.stored(s.postFinancialAdviceConfirmation(c.context(), ptp.countryCode(), ptp.partyId(), body));
        });
        r.get(
                "receiver/" + CONFIRMATIONS + "/{financial_advice_confirmation_id}",
                "financial advice confirmation",
                c -> {
                    PartyRole ptp = Checks.speaker(c, PTP);
                    return s.financialAdviceConfirmation(
                            c.context(),
                            ptp.countryCode(),
                            ptp.partyId(),
                            c.ciParam("financial_advice_confirmation_id"));
                });
    }

    /** Whether a terminal is the requester's as far as it names a party: one that names none is left to the host. */
    private static boolean ofRequester(RequestContext ctx, Terminal terminal) {
        return (terminal.countryCode() == null && terminal.partyId() == null)
                || ctx.owns(terminal.countryCode(), terminal.partyId());
    }

    /** The URL's terminal as the host finds it, empty when it names another party. */
    private static Optional<Terminal> ownTerminal(Call c, PaymentsSenderService s) {
        return s.terminal(c.context(), c.ciParam("terminal_id")).filter(t -> ofRequester(c.context(), t));
    }

    /** The URL's terminal id, once the host found it the requester's (404 otherwise). */
    private static CiString known(Call c, PaymentsSenderService s) {
        if (ownTerminal(c, s).isEmpty()) {
            throw HttpError.notFound("terminal");
        }
        return c.ciParam("terminal_id");
    }

    /** A terminal's body may name the requesting party only, so that no CPO hands a terminal to another (2001). */
    private static void namesRequester(Call c, @Nullable CiString countryCode, @Nullable CiString partyId) {
        if ((countryCode != null || partyId != null) && !c.context().owns(countryCode, partyId)) {
            throw OcpiStatusException.invalidOrMissingParameters("country_code and party_id name " + countryCode + " "
                    + partyId + ", which is not one of your roles");
        }
    }

    private static @Nullable CiString value(PatchField<CiString> field) {
        return field.value().orElse(null);
    }
}
