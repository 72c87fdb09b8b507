package io.github.ocpi4j.examples.ptp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiException;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example PTP: it registers with the example CPO through the handshake on OCPI 2.3.0 as the role {@code PTP}
 * ({@code [[credentials_registration]]}), reaches the CPO's modules, and offers a PTP's interfaces, its Payments
 * Sender keeping each CPO's terminals to that CPO ({@code [[mod_payments_interfaces_and_endpoints]]}).
 */
class PtpTest {
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress("127.0.0.1", 0);
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");

    private final JdbcCpo cpo = JdbcCpo.builder().sampleData(true).start(ANY_PORT);
    private final Ptp ptp = Ptp.builder().start(ANY_PORT);
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void close() {
        client.close();
        ptp.close();
        cpo.close();
    }

    @Test
    void registersWithTheCpoOn230AsThePtpRole() {
        Party registered = ptp.register(cpo.versionsUrl(), cpo.newTokenA("ptp"));

        assertThat(registered.version()).isEqualTo("2.3.0");
        assertThat(registered.roles()).containsExactly(PartyRole.of("CPO", "NL", "CPO"));
        Party atTheCpo = cpo.server().partyStore().findById("ptp").orElseThrow();
        assertThat(atTheCpo.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(atTheCpo.version()).isEqualTo("2.3.0");
        assertThat(atTheCpo.roles()).containsExactly(PartyRole.of("PTP", "NL", "PTP"));
        // the CPO's modules are open to it: it reads the tariffs it prices a card payment with
        assertThat(ptp.cpo().v230().tariffsSender().stream(ListQuery.all()).count())
                .isEqualTo(16);
    }

    @Test
    void offersThePtpInterfacesOnlyIn230() {
        ptp.preRegister("NL", "CPO", "cpo-token");
        Partner asCpo = client.connect(ptp.versionsUrl(), "cpo-token");

        assertThat(asCpo.version()).isEqualTo("2.3.0");
        assertThat(asCpo.endpoints())
                .extracting(e -> e.module() + " " + e.role())
                .containsExactlyInAnyOrder(
                        "cdrs RECEIVER",
                        "commands SENDER",
                        "credentials SENDER",
                        "locations RECEIVER",
                        "payments SENDER",
                        "sessions RECEIVER",
                        "tariffs RECEIVER");
    }

    @Test
    void theCpoActivatesAndAssignsATerminalThatAnotherCpoNeverSees() {
        ptp.preRegister("NL", "CPO", "cpo-token");
        ptp.preRegister("DE", "OTH", "other-token");
        Partner asCpo = client.connect(ptp.versionsUrl(), "cpo-token");
        Partner other = client.connect(ptp.versionsUrl(), "other-token");

        asCpo.v230()
                .paymentsSender()
                .activate(Terminal.builder()
                        .reference("box-17")
                        .lastUpdated(AT)
                        .build()); // no terminal_id: the PTP assigns it
        asCpo.v230()
                .paymentsSender()
                .patch(
                        "T1",
                        TerminalPatch.builder()
                                .locationIds(List.of(CiString.of("LOC1")))
                                .lastUpdated(AT.plusSeconds(60))
                                .build());

        assertThat(asCpo.v230().paymentsSender().terminal("T1").orElseThrow().locationIds())
                .extracting(Object::toString)
                .containsExactly("LOC1");
        assertThat(other.v230().paymentsSender().terminal("T1")).isEmpty();
        assertThat(other.v230().paymentsSender().terminals(ListQuery.all())).isEmpty();
        assertThatThrownBy(() -> other.v230().paymentsSender().deactivate("T1")).isInstanceOf(OcpiException.class);
        assertThat(ptp.terminals()).isEmpty(); // terminals of the CPO the PTP registered with: none yet
    }
}
