package io.github.ocpi4j.examples.demo;

import static io.github.ocpi4j.examples.demo.Transcript.expect;
import static io.github.ocpi4j.examples.demo.Transcript.expectEqual;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.examples.ptp.CardPayment;
import io.github.ocpi4j.examples.ptp.Ptp;
import io.github.ocpi4j.examples.ptp.SimulatedAcquirer;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The demo's card payment, within its Transactions: a PTP (NL-PTP, {@link Ptp}) registers with the CPO on OCPI 2.3.0,
 * the CPO assigns a payment terminal to {@code LOC001}, a declined card starts nothing, and a card the acquirer takes
 * pays a session that the CPO stops at the amount reserved on it, bills and invoices; the PTP captures the CDR's total
 * and confirms it, and the CPO checks the confirmation against the CDR ({@code [[mod_payments_transaction_flow]]}).
 */
final class CardPaymentDemo {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String LOCATION = "LOC001";
    private static final String EVSE = "LOC001-2";
    private static final String CONNECTOR = "1";
    private static final String CARD = "4000000000001000";
    private static final String DECLINED_CARD = "400000000000" + SimulatedAcquirer.DECLINED;

    private final Transcript transcript;
    private final DemoClock clock;
    private final JdbcCpo cpo;
    private final Ptp ptp;
    private String terminal = "";
    private CardPayment payment = new CardPayment(CardPayment.Outcome.REFUSED, "not yet", null, null, null, null);
    private String confirmation = "";

    CardPaymentDemo(Transcript transcript, DemoClock clock, JdbcCpo cpo, Ptp ptp) {
        this.transcript = transcript;
        this.clock = clock;
        this.cpo = cpo;
        this.ptp = ptp;
    }

    void play() {
        transcript.step(
                "Paid by card at the charger: a PTP, NL-PTP, registers with the CPO on OCPI 2.3.0 as the role PTP",
                () -> {
                    Party theCpo = ptp.register(cpo.versionsUrl(), cpo.newTokenA("ptp"));
                    Party atCpo = cpo.server().partyStore().findById("ptp").orElseThrow();
                    expectEqual("2.3.0", theCpo.version(), "the version NL-PTP agreed");
                    List<String> receivers = atCpo.endpoints().stream()
                            .filter(e -> e.role().equals("RECEIVER"))
                            .map(e -> e.module())
                            .sorted()
                            .toList();
                    expect(
                            receivers.containsAll(List.of("cdrs", "locations", "sessions", "tariffs")),
                            "the PTP's Receivers at the CPO, not " + receivers);
                    return "registered on 2.3.0 as PTP; the CPO holds its Receivers of " + String.join(", ", receivers);
                });
        transcript.step(
                "The CPO assigns the payment terminal of its charger at " + LOCATION + " (reference box-1) to that"
                        + " location: it activates the terminal at the PTP, which names it, and PATCHes its location_ids",
                () -> {
                    Terminal assigned = cpo.assignTerminal("ptp", "box-1", List.of(LOCATION));
                    terminal = assigned.terminalId().value();
                    expect(ptp.terminals().contains(assigned), "terminal " + terminal + " at the PTP as at the CPO");
                    return "terminal " + terminal + " serves " + assigned.locationIds() + "; invoices by the "
                            + assigned.invoiceCreator() + ", below " + assigned.invoiceBaseUrl();
                });
        transcript.step(
                "A card the acquirer declines is presented at terminal T1 for EVSE " + EVSE + ": the PTP reads the"
                        + " connector and its tariff from the CPO, and the reservation on the card fails",
                () -> {
                    CardPayment declined = ptp.presentCard(terminal, EVSE, CONNECTOR, DECLINED_CARD);
                    expectEqual(CardPayment.Outcome.DECLINED, declined.outcome(), "the card payment");
                    expect(cpo.sessionAt(LOCATION, EVSE).isEmpty(), "no session at EVSE " + EVSE);
                    return "DECLINED: " + declined.message() + "; no START_SESSION sent";
                });
        transcript.step(
                "A driver presents a card at terminal T1 for EVSE " + EVSE + ": the PTP reserves the tariff's"
                        + " preauthorize_amount on it and sends START_SESSION with a one-time AD_HOC_USER token of its"
                        + " own and an authorization_reference, which the CPO takes without asking anyone about the"
                        + " token",
                () -> {
                    payment = ptp.presentCard(terminal, EVSE, CONNECTOR, CARD);
                    expectEqual(CardPayment.Outcome.STARTED, payment.outcome(), "the card payment: " + payment);
                    cpo.deliverPending();
                    Session session = cpo.sessionAt(LOCATION, EVSE).orElseThrow();
                    expectEqual(
                            CiString.of(payment.authorizationReference()),
                            session.authorizationReference(),
                            "the session's authorization_reference");
                    await(
                            () -> ptp.sessions().stream()
                                    .filter(s -> s.id().equals(session.id()))
                                    .findFirst(),
                            "the session at the PTP");
                    return "tariff " + payment.tariffId() + ": "
                            + payment.preauthorized().toPlainString() + " "
                            + payment.currency() + " reserved; session " + session.id() + " " + session.status()
                            + " at the CPO and at the PTP";
                });
        transcript.step(
                "The car charges at 22 kW: every 15 minutes the CPO PATCHes the PTP's session, until its cost would"
                        + " pass the amount reserved; the CPO stops it there and posts the CDR, which it invoices; the"
                        + " PTP captures the CDR's total and posts the Financial Advice Confirmation",
                () -> {
                    String id = cpo.sessionAt(LOCATION, EVSE).orElseThrow().id().value();
                    BigDecimal kwh = BigDecimal.ZERO;
                    Session session = null;
                    for (int reading = 1; reading <= 12; reading++) {
                        clock.advance(Duration.ofMinutes(15));
                        kwh = kwh.add(new BigDecimal("5.5"));
                        session = cpo.meter(id, clock.instant(), kwh, new BigDecimal("22"));
                        cpo.deliverPending();
                        if (session.status() != SessionStatus.ACTIVE) {
                            break;
                        }
                    }
                    expectEqual(SessionStatus.COMPLETED, session.status(), "the session at the CPO");
                    CDR cdr = await(
                            () -> ptp.cdrs().stream()
                                    .filter(c -> CiString.of(payment.authorizationReference())
                                            .equals(c.authorizationReference()))
                                    .findFirst(),
                            "the CDR at the PTP");
                    expect(
                            cdr.totalCost().afterTaxes().compareTo(payment.preauthorized()) <= 0,
                            "a CDR within the amount reserved");
                    expectEqual(
                            cdr.authorizationReference(), cdr.invoiceReferenceId(), "the CDR's invoice_reference_id");
                    FinancialAdviceConfirmation confirmed = ptp.confirmation(payment.authorizationReference())
                            .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    confirmation = confirmed.id().value();
                    return "stopped at " + local(session.endDateTime()) + " after "
                            + session.kwh().toPlainString()
                            + " kWh; CDR total_cost "
                            + cdr.totalCost().afterTaxes().toPlainString() + " "
                            + cdr.currency() + " incl. VAT, invoice_reference_id = the authorization_reference;"
                            + " capture " + confirmed.captureStatusCode();
                });
        transcript.step(
                "The CPO checks the confirmation against its CDR; the PTP reads it back from the CPO's Payments"
                        + " Receiver",
                () -> {
                    FinancialAdviceConfirmation held = ptp.cpo()
                            .v230()
                            .paymentsReceiver()
                            .financialAdviceConfirmation(confirmation)
                            .orElseThrow(() -> new Transcript.Unexpected("the CPO holds no " + confirmation));
                    expectEqual(CaptureStatusCode.SUCCESS, held.captureStatusCode(), "capture_status_code");
                    expect(cpo.captureReports().isEmpty(), "no capture reported, not " + cpo.captureReports());
                    return held.captureStatusCode() + ", "
                            + held.totalCosts().afterTaxes().toPlainString() + " " + held.currency()
                            + " captured: the CDR's total, so the CPO has nothing to report";
                });
    }

    private static <T> T await(Supplier<Optional<T>> found, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        throw new Transcript.Unexpected(what + ": not there within " + WAIT.toSeconds() + " s");
    }

    private static String local(Instant instant) {
        return instant.atZone(AMSTERDAM)
                .toLocalTime()
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
