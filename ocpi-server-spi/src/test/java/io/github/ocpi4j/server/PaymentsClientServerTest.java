package io.github.ocpi4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v230.PaymentsReceiverClient;
import io.github.ocpi4j.client.v230.PaymentsSenderClient;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 2.3.0 Payments clients against an {@link OcpiServer} on loopback HTTP ({@code
 * [[mod_payments_interfaces_and_endpoints]]}): the server offers a PTP's Sender and a CPO's Receiver interface, and
 * its caller, registered as the CPO NL-CPA and the PTP NL-PTP, uses every endpoint of both through {@code
 * partner.v230().paymentsSender()} and {@code paymentsReceiver()}.
 */
class PaymentsClientServerTest {
    private static final String TOKEN = "caller-token";
    private static final Instant LATER = Instant.parse("2024-05-02T00:00:00Z");

    private final InMemoryPtp230 ptp = new InMemoryPtp230();
    private final InMemoryPaymentsCpo230 cpo = new InMemoryPaymentsCpo230();
    private final InMemoryPartyStore parties = new InMemoryPartyStore();
    private final JdkHttpServerAdapter http;
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final PaymentsSenderClient sender;
    private final PaymentsReceiverClient receiver;

    PaymentsClientServerTest() {
        parties.save(new Party(
                "caller",
                Party.Status.REGISTERED,
                TOKEN,
                null,
                null,
                "2.3.0",
                List.of(PartyRole.of("CPO", "NL", "CPA"), PartyRole.of("PTP", "NL", "PTP")),
                List.of(),
                false));
        http = JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> OcpiServer.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                        .partyStore(parties)
                        .roles(List.of(ServerFixture.ourRole()))
                        .maxPageSize(2)
                        .v230(s -> {
                            ptp.register(s);
                            cpo.register(s);
                        })
                        .build());
        String base = http.server().versionsUrl().replace("/versions", "/2.3.0/");
        Party server = new Party(
                "server",
                Party.Status.REGISTERED,
                null,
                TOKEN,
                http.server().versionsUrl(),
                "2.3.0",
                List.of(),
                List.of(
                        new PartyEndpoint("payments", "SENDER", base + "sender/payments"),
                        new PartyEndpoint("payments", "RECEIVER", base + "receiver/payments")),
                false);
        sender = client.partner(server).v230().paymentsSender();
        receiver = client.partner(server).v230().paymentsReceiver();
        for (String id : List.of("T1", "T2", "T3")) {
            ptp.add(terminal(id));
        }
    }

    @AfterEach
    void stop() {
        http.close();
        client.close();
    }

    @Test
    void aCpoReadsTheTerminalsOfAPtpInPagesAndOneByItsId() {
        Page<Terminal> first = sender.terminalsPage(ListQuery.all());

        assertThat(first.items()).extracting(t -> t.terminalId().value()).containsExactly("T1", "T2");
        assertThat(sender.page(first.nextUrl(), Terminal.class).items())
                .extracting(t -> t.terminalId().value())
                .containsExactly("T3");
        assertThat(sender.terminals(ListQuery.all())).hasSize(3);
        assertThat(sender.terminal("T2")).contains(ptp.terminals.get("T2"));
        assertThat(sender.terminal("T9")).isEmpty();
    }

    @Test
    void aCpoActivatesDeactivatesReplacesAndAssignsTerminals() {
        Terminal activation = Terminal.builder()
                .reference(CiString.of("Term-SerialNumber"))
                .lastUpdated(LATER)
                .build();

        sender.activate(activation);
        sender.deactivate("T1");
        sender.put(terminal("T2").toBuilder()
                .customerReference(CiString.of("OMV"))
                .lastUpdated(LATER)
                .build());
        sender.patch(
                "T3",
                TerminalPatch.builder()
                        .locationIds(List.of(CiString.of("LOC1")))
                        .lastUpdated(LATER)
                        .build());

        assertThat(ptp.activations).containsExactly(activation);
        assertThat(ptp.deactivated).containsOnlyKeys("T1");
        assertThat(String.valueOf(ptp.terminals.get("T2").customerReference())).isEqualTo("OMV");
        assertThat(ptp.terminals.get("T3").locationIds()).containsExactly(CiString.of("LOC1"));
        assertThatThrownBy(() -> sender.deactivate("T9"))
                .isInstanceOf(OcpiHttpException.class)
                .satisfies(e -> assertThat(((OcpiHttpException) e).httpStatus()).isEqualTo(404));
    }

    @Test
    void anActivationBreakingAnotherRuleIsNotSent() {
        Terminal noDate = Terminal.builder().reference(CiString.of("X")).build();

        assertThatThrownBy(() -> sender.activate(noDate))
                .isInstanceOf(OcpiValidationException.class)
                .hasMessageContaining("last_updated")
                .hasMessageNotContaining("terminal_id");
        assertThat(ptp.activations).isEmpty();
    }

    @Test
    void aCpoReadsTheConfirmationsOfAPtp() {
        FinancialAdviceConfirmation confirmation = confirmation("FAC1");
        ptp.confirmations.add(confirmation);

        assertThat(sender.financialAdviceConfirmations(ListQuery.all())).containsExactly(confirmation);
        assertThat(sender.financialAdviceConfirmationsPage(ListQuery.all()).items())
                .containsExactly(confirmation);
        assertThat(sender.financialAdviceConfirmation("FAC1")).contains(confirmation);
        assertThat(sender.financialAdviceConfirmation("FAC9")).isEmpty();
    }

    @Test
    void aPtpPostsTerminalsAndConfirmationsToACpoAndReadsThemBack() {
        Terminal terminal = terminal("T7");
        FinancialAdviceConfirmation confirmation = confirmation("FAC7");

        receiver.post(terminal);
        receiver.post(confirmation);

        assertThat(cpo.terminals).containsOnlyKeys("NL/PTP/T7");
        assertThat(receiver.terminal("T7")).contains(terminal);
        assertThat(receiver.financialAdviceConfirmation("FAC7")).contains(confirmation);
        assertThat(receiver.terminal("T8")).isEmpty();
    }

    private static Terminal terminal(String id) {
        return Terminal.builder()
                .terminalId(CiString.of(id))
                .city(CiString.of("Vienna"))
                .lastUpdated(Instant.parse("2024-05-01T10:00:00Z"))
                .build();
    }

    private static FinancialAdviceConfirmation confirmation(String id) {
        return OcpiJson.instance()
                .read(
                        "{\"id\":\"" + id + "\",\"authorization_reference\":\"pp-1\",\"total_costs\":"
                                + "{\"before_taxes\":4.0,\"taxes\":[{\"name\":\"VAT\",\"amount\":0.4}]},"
                                + "\"currency\":\"EUR\",\"eft_data\":[\"Mastercard\"],"
                                + "\"capture_status_code\":\"SUCCESS\",\"last_updated\":\"2024-05-01T10:00:00Z\"}",
                        FinancialAdviceConfirmation.class)
                .get();
    }
}
