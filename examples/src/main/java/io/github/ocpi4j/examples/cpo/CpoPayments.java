package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.v230.PaymentsSenderClient;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.InvoiceCreator;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v230.PaymentsReceiverService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPO's Payments Receiver (OCPI 2.3.0, {@code [[mod_payments_cpo_interface]]}): the terminals a PTP posts, and
 * the Financial Advice Confirmations that tell what it captured on the card for a session. Each confirmation is
 * checked against the CDR this CPO sent the PTP for that session, found by its {@code authorization_reference}: a
 * capture that is not a full success, whose amount or currency is not the CDR's total, or that names no CDR of the
 * PTP's is kept like any other, and also reported ({@link JdbcCpo#captureReports()}) and logged as a warning, so that
 * an operator settles it. The CPO also assigns its terminals to locations at the PTP ({@link #assign}). Terminals and
 * confirmations are kept in memory, beside the tables. Thread-safe.
 */
final class CpoPayments implements PaymentsReceiverService {
    private static final Logger LOG = LoggerFactory.getLogger(CpoPayments.class);

    /** Where the CPO's invoices of card payments are, each below it by its {@code authorization_reference}. */
    static final String INVOICE_BASE_URL = "https://invoices.example.com/";

    private final CpoModules modules;
    private final PartyStore parties;
    private final OcpiClient client;
    private final Clock clock;
    private final CiString countryCode;
    private final CiString partyId;
    // guarded by this; keys are the PTP's country code/party id/the object's id
    private final Map<String, Terminal> terminals = new LinkedHashMap<>();
    private final Map<String, FinancialAdviceConfirmation> confirmations = new LinkedHashMap<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();

    CpoPayments(
            CpoModules modules,
            PartyStore parties,
            OcpiClient client,
            Clock clock,
            String countryCode,
            String partyId) {
        this.modules = modules;
        this.parties = parties;
        this.client = client;
        this.clock = clock;
        this.countryCode = CiString.of(countryCode);
        this.partyId = CiString.of(partyId);
    }

    /**
     * Activates the terminal of this reference at a PTP, unless the PTP runs it already, and assigns it to locations
     * with a PATCH; keeps the terminal as the PTP then holds it ({@link JdbcCpo#assignTerminal}).
     */
    Terminal assign(String ptp, String reference, List<String> locationIds) {
        Party party = parties.findById(ptp)
                .filter(p -> p.status() == Party.Status.REGISTERED
                        && p.roles().stream().anyMatch(r -> r.role().equals("PTP")))
                .orElseThrow(() -> new IllegalArgumentException("ptp: no PTP registered as " + ptp));
        PaymentsSenderClient sender = client.partner(party).v230().paymentsSender();
        CiString ref = CiString.of(reference);
        Optional<Terminal> running = byReference(sender, ref);
        if (running.isEmpty()) {
            sender.activate(Terminal.builder()
                    .reference(ref)
                    .countryCode(countryCode)
                    .partyId(partyId)
                    .invoiceCreator(InvoiceCreator.CPO)
                    .invoiceBaseUrl(INVOICE_BASE_URL)
                    .lastUpdated(clock.instant())
                    .build());
            running = byReference(sender, ref);
        }
        CiString terminalId = running.orElseThrow(() -> new IllegalStateException(
                        "the PTP " + ptp + " activated no terminal with reference " + reference))
                .terminalId();
        sender.patch(
                terminalId.value(),
                TerminalPatch.builder()
                        .locationIds(locationIds.stream().map(CiString::of).toList())
                        .lastUpdated(clock.instant())
                        .build());
        Terminal assigned = sender.terminal(terminalId.value())
                .orElseThrow(() -> new IllegalStateException("the PTP " + ptp + " lost terminal " + terminalId));
        PartyRole role = party.roles().stream()
                .filter(r -> r.role().equals("PTP"))
                .findFirst()
                .orElseThrow();
        synchronized (this) {
            terminals.put(key(role.countryCode(), role.partyId(), terminalId), assigned);
        }
        return assigned;
    }

    private static Optional<Terminal> byReference(PaymentsSenderClient sender, CiString reference) {
        return sender.terminals(ListQuery.all())
                .filter(t -> reference.equals(t.reference()))
                .findFirst();
    }

    /** Returns the terminals PTPs run at this CPO's chargers, in the order first known. */
    synchronized List<Terminal> terminals() {
        return List.copyOf(terminals.values());
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return countryCode + "/" + partyId + "/" + id;
    }

    @Override
    public synchronized Optional<Terminal> terminal(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString terminalId) {
        return Optional.ofNullable(terminals.get(key(countryCode, partyId, terminalId)));
    }

    @Override
    public synchronized Stored postTerminal(
            RequestContext ctx, CiString countryCode, CiString partyId, Terminal terminal) {
        return terminals.put(key(countryCode, partyId, terminal.terminalId()), terminal) == null
                ? Stored.CREATED
                : Stored.UPDATED;
    }

    @Override
    public synchronized Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString id) {
        return Optional.ofNullable(confirmations.get(key(countryCode, partyId, id)));
    }

    @Override
    public Stored postFinancialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, FinancialAdviceConfirmation confirmation) {
        Stored stored;
        synchronized (this) {
            stored = confirmations.put(key(countryCode, partyId, confirmation.id()), confirmation) == null
                    ? Stored.CREATED
                    : Stored.UPDATED;
        }
        check(ctx, confirmation).ifPresent(report -> {
            reports.add(report);
            LOG.warn("{}", report);
        });
        return stored;
    }

    /** Returns what is wrong with a capture, compared with the CDR of its session; empty when it matches. */
    private Optional<String> check(RequestContext ctx, FinancialAdviceConfirmation confirmation) {
        String what = countryAndParty(ctx) + " confirmation " + confirmation.id() + " (authorization_reference "
                + confirmation.authorizationReference() + ")";
        if (confirmation.captureStatusCode() != CaptureStatusCode.SUCCESS) {
            return Optional.of(what + ": capture " + confirmation.captureStatusCode()
                    + (confirmation.captureStatusMessage() == null ? "" : ", " + confirmation.captureStatusMessage()));
        }
        Optional<CDR> found = modules.cdrs(ctx, new PageRequest(0, Integer.MAX_VALUE, null, null)).items().stream()
                .filter(cdr -> confirmation.authorizationReference().equals(cdr.authorizationReference()))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.of(what + ": no CDR of this PTP has this authorization_reference");
        }
        CDR cdr = found.get();
        BigDecimal captured = confirmation.totalCosts().beforeTaxes();
        for (TaxAmount tax : confirmation.totalCosts().taxes()) {
            captured = captured.add(tax.amount());
        }
        BigDecimal total = cdr.totalCost().inclVat() != null
                ? cdr.totalCost().inclVat()
                : cdr.totalCost().exclVat();
        if (captured.compareTo(total) != 0 || !confirmation.currency().value().equalsIgnoreCase(cdr.currency())) {
            return Optional.of(what + ": captured " + captured.toPlainString() + " " + confirmation.currency()
                    + ", but CDR " + cdr.id() + " totals " + total.toPlainString() + " " + cdr.currency());
        }
        return Optional.empty();
    }

    private static String countryAndParty(RequestContext ctx) {
        return ctx.party().roles().stream()
                .filter(r -> r.role().equals("PTP"))
                .map(r -> r.countryCode() + "-" + r.partyId())
                .findFirst()
                .orElse(ctx.party().id());
    }

    /** Returns the captures that did not match their CDR, oldest first. */
    List<String> reports() {
        return List.copyOf(reports);
    }
}
