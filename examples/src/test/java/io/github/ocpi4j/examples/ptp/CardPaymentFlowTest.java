package io.github.ocpi4j.examples.ptp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.InvoiceCreator;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A card payment end to end between the example CPO and the example PTP over HTTP ({@code
 * [[mod_payments_transaction_flow]]}): the CPO assigns a terminal to a location, the PTP reads the connector's tariff,
 * reserves its {@code preauthorize_amount} on the card and sends START_SESSION with an {@code authorization_reference}
 * and a token of its own; the CPO pushes the session, stops it at the reserved amount and sends the CDR it invoices;
 * the PTP captures and confirms, and the CPO checks the capture against the CDR.
 */
class CardPaymentFlowTest {
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress("127.0.0.1", 0);
    /** A Monday at 22:00 in Amsterdam: parking is free then, so that only energy costs. */
    private static final Instant AT = Instant.parse("2024-06-03T20:00:00Z");

    private static final String LOCATION = "LOC001";
    private static final String EVSE = "LOC001-2";
    private static final String CARD = "4000000000001000";

    private final JdbcCpo cpo = JdbcCpo.builder()
            .sampleData(true)
            .clock(Clock.fixed(AT, ZoneOffset.UTC))
            .retryInterval(Duration.ZERO)
            .start(ANY_PORT);
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        cpo.close();
    }

    /** A PTP of these codes, registered with the CPO as {@code partyId} and running terminal {@code box-<id>}. */
    private Ptp ptp(String id, String partyId, Acquirer acquirer) {
        Ptp ptp = Ptp.builder()
                .party("NL", partyId)
                .acquirer(acquirer)
                .commandTimeout(Duration.ofSeconds(20))
                .start(ANY_PORT);
        closing.add(0, ptp);
        ptp.register(cpo.versionsUrl(), cpo.newTokenA(id));
        cpo.assignTerminal(id, "box-" + id, List.of(LOCATION));
        return ptp;
    }

    private Ptp ptp() {
        return ptp("ptp", "PTP", new SimulatedAcquirer());
    }

    // [[mod_payments_terminal_activation_usage_flow]], [[mod_payments_terminal_assignment_usage_flow]]
    @Test
    void theCpoActivatesATerminalAndAssignsItToALocationAtThePtp() {
        Ptp ptp = ptp();

        Terminal again = cpo.assignTerminal("ptp", "box-ptp", List.of(LOCATION, "LOC002"));

        assertThat(ptp.terminals()).singleElement().satisfies(t -> {
            assertThat((Object) t.reference()).isEqualTo(CiString.of("box-ptp"));
            assertThat(t.invoiceCreator()).isEqualTo(InvoiceCreator.CPO);
            assertThat(t.locationIds()).containsExactly(CiString.of(LOCATION), CiString.of("LOC002"));
        });
        assertThat(cpo.terminals()).containsExactly(again); // activated once, assigned twice
    }

    // [[mod_tariffs_preauthorize_amount_field]]
    @Test
    void tariffsIn230CarryThePreauthorizeAmountTheCpoKeepsBesideThem() {
        Ptp ptp = ptp();

        List<Tariff> tariffs =
                ptp.cpo().v230().tariffsSender().stream(ListQuery.all()).toList();

        assertThat(tariff(tariffs, "AC-STD-NL").preauthorizeAmount()).isEqualByComparingTo("20.00");
        assertThat(tariff(tariffs, "DC-FAST-NL").preauthorizeAmount()).isEqualByComparingTo("50.00");
        assertThat(tariff(tariffs, "AC-CHEAP-NL").preauthorizeAmount()).isNull();
    }

    // [[mod_payments_transaction_flow]], [[mod_commands_startsession_object]]
    @Test
    void aCardStartsASessionWithAnAdHocTokenOfThePtpAndItsAuthorizationReference() {
        Ptp ptp = ptp();

        CardPayment payment = ptp.presentCard("T1", EVSE, "1", CARD);

        assertThat(payment.outcome()).isEqualTo(CardPayment.Outcome.STARTED);
        assertThat(payment.tariffId()).isEqualTo("AC-STD-NL");
        assertThat(payment.preauthorized()).isEqualByComparingTo("20.00");
        var session = cpo.sessionAt(LOCATION, EVSE).orElseThrow();
        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat((Object) session.authorizationReference()).isEqualTo(CiString.of(payment.authorizationReference()));
        assertThat(session.cdrToken().type()).isEqualTo(TokenType.AD_HOC_USER);
        assertThat((Object) session.cdrToken().partyId()).isEqualTo(CiString.of("PTP"));
        // the CPO pushed the session to the PTP's Sessions Receiver
        Session pushed = await(() ->
                ptp.sessions().stream().filter(s -> s.id().equals(session.id())).findFirst());
        assertThat((Object) pushed.authorizationReference()).isEqualTo(session.authorizationReference());
    }

    // [[mod_payments_transaction_flow]], [[mod_payments_invoice_creator_enum]], [[mod_cdrs_cdr_object]]
    @Test
    void theCpoStopsTheSessionWhereItsCostReachesThePreauthorizedAmountAndInvoicesIt() throws Exception {
        Ptp ptp = ptp();
        CardPayment payment = ptp.presentCard("T1", EVSE, "1", CARD);

        io.github.ocpi4j.model.v221.sessions.Session done = charge(payment);

        assertThat(done.status()).isEqualTo(SessionStatus.COMPLETED);
        CDR cdr = cdrOf(ptp, payment);
        BigDecimal total = cdr.totalCost().afterTaxes();
        assertThat(total).isLessThanOrEqualTo(new BigDecimal("20.00")).isGreaterThan(new BigDecimal("19.99"));
        assertThat((Object) cdr.authorizationReference()).isEqualTo(CiString.of(payment.authorizationReference()));
        assertThat((Object) cdr.invoiceReferenceId()).isEqualTo(CiString.of(payment.authorizationReference()));
        assertThat(cpo.evseStatus(LOCATION, EVSE))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("AVAILABLE"));
        // the PTP captured the CDR's total and confirmed it; the CPO found it matching
        FinancialAdviceConfirmation confirmation =
                ptp.confirmation(payment.authorizationReference()).get(20, TimeUnit.SECONDS);
        assertThat(confirmation.captureStatusCode()).isEqualTo(CaptureStatusCode.SUCCESS);
        assertThat(confirmation.totalCosts().afterTaxes()).isEqualByComparingTo(total);
        assertThat(ptp.cpo()
                        .v230()
                        .paymentsReceiver()
                        .financialAdviceConfirmation(confirmation.id().value()))
                .isPresent();
        assertThat(cpo.captureReports()).isEmpty();
    }

    // [[mod_payments_transaction_flow]]
    @Test
    void aDeclinedCardSendsNoStartSession() {
        Ptp ptp = ptp();

        CardPayment payment = ptp.presentCard("T1", EVSE, "1", "400000000000" + SimulatedAcquirer.DECLINED);

        assertThat(payment.outcome()).isEqualTo(CardPayment.Outcome.DECLINED);
        assertThat(payment.authorizationReference()).isNull();
        assertThat(cpo.sessionAt(LOCATION, EVSE)).isEmpty();
        assertThat(cpo.pending()).isEmpty(); // no CommandResult, no session: the CPO heard nothing
    }

    // [[mod_payments_financial_advice_confirmation_object]], [[mod_payments_capture_status_code_enum]]
    @Test
    void aCaptureThatDiffersFromTheCdrIsReportedByTheCpo() throws Exception {
        Acquirer short1 = new Acquirer() { // takes 1.00 less than asked
                    private final SimulatedAcquirer inner = new SimulatedAcquirer();

                    @Override
                    public Optional<String> preauthorize(String card, BigDecimal amount, String currency) {
                        return inner.preauthorize(card, amount, currency);
                    }

                    @Override
                    public BigDecimal capture(String preauthorization, BigDecimal amount) {
                        return inner.capture(preauthorization, amount).subtract(BigDecimal.ONE);
                    }

                    @Override
                    public void release(String preauthorization) {
                        inner.release(preauthorization);
                    }
                };
        Ptp ptp = ptp("ptp", "PTP", short1);
        CardPayment payment = ptp.presentCard("T1", EVSE, "1", CARD);

        charge(payment);

        FinancialAdviceConfirmation confirmation =
                ptp.confirmation(payment.authorizationReference()).get(20, TimeUnit.SECONDS);
        assertThat(confirmation.captureStatusCode()).isEqualTo(CaptureStatusCode.PARTIAL_SUCCESS);
        assertThat(cpo.captureReports())
                .singleElement()
                .asString()
                .contains(payment.authorizationReference(), "PARTIAL_SUCCESS");
    }

    // [[mod_payments_transaction_flow]]: the session and CDR go to the party of the token
    @Test
    void aPtpNeverSeesTheSessionsOrCdrsOfAnotherPtp() throws Exception {
        Ptp ptp = ptp();
        Ptp other = ptp("ptp2", "PT2", new SimulatedAcquirer());
        CardPayment payment = ptp.presentCard("T1", EVSE, "1", CARD);
        charge(payment);
        ptp.confirmation(payment.authorizationReference()).get(20, TimeUnit.SECONDS);

        assertThat(ptp.cpo().v230().cdrsSender().stream(ListQuery.all())).hasSize(1);
        assertThat(other.cpo().v230().sessionsSender().stream(ListQuery.all().dateFrom(Instant.EPOCH)))
                .isEmpty();
        assertThat(other.cpo().v230().cdrsSender().stream(ListQuery.all())).isEmpty();
        assertThat(other.sessions()).isEmpty();
        assertThat(other.cdrs()).isEmpty();
    }

    /** Meters the session of a payment every 30 minutes at 11 kW until the CPO stops it; returns it stopped. */
    private io.github.ocpi4j.model.v221.sessions.Session charge(CardPayment payment) {
        assertThat(payment.outcome()).isEqualTo(CardPayment.Outcome.STARTED);
        String id = cpo.sessionAt(LOCATION, EVSE).orElseThrow().id().value();
        BigDecimal kwh = BigDecimal.ZERO;
        io.github.ocpi4j.model.v221.sessions.Session session = null;
        for (int reading = 1; reading <= 20; reading++) {
            kwh = kwh.add(new BigDecimal("5.5"));
            session = cpo.meter(id, AT.plus(Duration.ofMinutes(30L * reading)), kwh, new BigDecimal("11"));
            if (session.status() != SessionStatus.ACTIVE) {
                break;
            }
        }
        cpo.deliverPending();
        return session;
    }

    private static CDR cdrOf(Ptp ptp, CardPayment payment) {
        return await(() -> ptp.cdrs().stream()
                .filter(c -> c.authorizationReference() != null
                        && c.authorizationReference().value().equals(payment.authorizationReference()))
                .findFirst());
    }

    private static Tariff tariff(List<Tariff> tariffs, String id) {
        return tariffs.stream()
                .filter(t -> t.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Waits, generously, for what the other side does on its own threads. */
    private static <T> T await(Supplier<Optional<T>> found) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not there within 20 s");
    }
}
