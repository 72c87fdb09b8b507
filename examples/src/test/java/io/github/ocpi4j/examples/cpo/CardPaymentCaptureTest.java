package io.github.ocpi4j.examples.cpo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.v230.PaymentsReceiverClient;
import io.github.ocpi4j.examples.ptp.Ptp;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import io.github.ocpi4j.server.PageRequest;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example CPO's Payments Receiver: a PTP registered on OCPI 2.3.0 posts its terminals and the Financial Advice
 * Confirmation of a card payment, which the CPO checks against the total of the CDR it invoiced for the session
 * with that {@code authorization_reference} ({@code [[mod_payments_cpo_financial_advice_confirmation_post_method]]}):
 * a capture that differs is reported, never ignored.
 */
class CardPaymentCaptureTest {
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress("127.0.0.1", 0);
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");

    private final JdbcCpo cpo = JdbcCpo.builder().sampleData(true).start(ANY_PORT);
    private final Ptp ptp = Ptp.builder().start(ANY_PORT);
    private final PaymentsReceiverClient receiver;
    private final CDR cdr;

    CardPaymentCaptureTest() {
        ptp.register(cpo.versionsUrl(), cpo.newTokenA("ptp"));
        receiver = ptp.cpo().v230().paymentsReceiver();
        // a CDR of a sample session, as if it had been the PTP's card payment with authorization AUTH-1
        CDR sample = cpo.database()
                .read(c -> cpo.store()
                        .cdrs(c, List.of(PartyRole.of("EMSP", "NL", "EMS")), new PageRequest(0, 1, null, null)))
                .items()
                .get(0);
        cdr = sample.toBuilder()
                .id("CDR-CARD-1")
                .sessionId("S-CARD-1")
                .authorizationReference("AUTH-1")
                .cdrToken(sample.cdrToken().toBuilder()
                        .countryCode("NL")
                        .partyId("PTP")
                        .build())
                .build();
        cpo.database().write(c -> cpo.store().insertCdr(c, cdr));
    }

    @AfterEach
    void close() {
        ptp.close();
        cpo.close();
    }

    @Test
    void aCaptureOfTheCdrsTotalIsKeptAndNotReported() {
        receiver.post(confirmation("FAC-1", total(), CaptureStatusCode.SUCCESS));

        assertThat(receiver.financialAdviceConfirmation("FAC-1")).isPresent();
        assertThat(cpo.captureReports()).isEmpty();
    }

    @Test
    void aCaptureThatDiffersFromTheCdrsTotalIsKeptAndReported() {
        BigDecimal less = total().subtract(new BigDecimal("1.00"));

        receiver.post(confirmation("FAC-2", less, CaptureStatusCode.SUCCESS));

        assertThat(receiver.financialAdviceConfirmation("FAC-2")).isPresent();
        assertThat(cpo.captureReports())
                .singleElement()
                .asString()
                .contains(
                        "FAC-2",
                        "AUTH-1",
                        "captured " + less.toPlainString(),
                        "CDR-CARD-1 totals " + total().toPlainString());
    }

    @Test
    void aFailedCaptureOrOneWithoutACdrIsReported() {
        receiver.post(confirmation("FAC-3", total(), CaptureStatusCode.FAILED));
        receiver.post(confirmation("FAC-4", total(), CaptureStatusCode.SUCCESS).toBuilder()
                .authorizationReference("AUTH-UNKNOWN")
                .build());

        assertThat(cpo.captureReports())
                .satisfiesExactly(
                        r -> assertThat(r).contains("FAC-3", "capture FAILED"),
                        r -> assertThat(r).contains("FAC-4", "no CDR of this PTP"));
    }

    @Test
    void theCpoKeepsTheTerminalsThePtpPosts() {
        Terminal terminal = Terminal.builder()
                .terminalId("T1")
                .locationIds(List.of(CiString.of("LOC1")))
                .lastUpdated(AT)
                .build();

        receiver.post(terminal);

        assertThat(receiver.terminal("T1")).contains(terminal);
    }

    private BigDecimal total() {
        return cdr.totalCost().inclVat() != null
                ? cdr.totalCost().inclVat()
                : cdr.totalCost().exclVat();
    }

    private FinancialAdviceConfirmation confirmation(String id, BigDecimal captured, CaptureStatusCode status) {
        BigDecimal tax = new BigDecimal("0.00");
        return FinancialAdviceConfirmation.builder()
                .id(id)
                .authorizationReference("AUTH-1")
                .totalCosts(new Price(captured.subtract(tax), List.of(new TaxAmount("VAT", null, null, tax))))
                .currency(cdr.currency())
                .eftData(List.of(CiString.of("EFT-" + id)))
                .captureStatusCode(status)
                .lastUpdated(AT)
                .build();
    }
}
