package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static io.github.ocpi4j.examples.cpo.Loopback.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.sessions.Session;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost when a push fails: while the eMSP is down, the CPO's pushes wait in the outbox in the order they
 * were made; when it answers again, {@link JdbcCpo#deliverPending()} delivers every one, in order, once. A push the
 * eMSP refuses is marked failed and not tried again; the outbox outlives a restart of the CPO.
 */
class OutboxRedeliveryTest {
    private Loopback loopback = new Loopback();

    @AfterEach
    void close() {
        loopback.close();
    }

    @Test
    void pushesWaitInOrderWhileTheEmspIsDownAndAreDeliveredOnceWhenItIsBack() {
        FakeEmsp emsp = loopback.emsp;
        JdbcCpo cpo = loopback.cpo;
        emsp.down();

        loopback.start("S1", "LOC1-1", loopback.rfid);
        await("the session to start", () -> cpo.sessionAt("LOC1", "LOC1-1").isPresent());
        Session session = cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();
        String id = session.id().value();
        cpo.meter(id, minutes(30), new BigDecimal("5.5"), new BigDecimal("11"));
        cpo.meter(id, minutes(60), new BigDecimal("11"), BigDecimal.ZERO);
        cpo.meter(id, minutes(90), new BigDecimal("11"), BigDecimal.ZERO);
        loopback.clock.advance(Duration.ofMinutes(100));
        loopback.stop(session, "STOP1");
        await("the session to stop", () -> cpo.pending().size() == 8);
        int deliveredWhileDown = cpo.deliverPending();

        List<OutboxEntry> waiting = cpo.pending();
        assertThat(deliveredWhileDown).isZero();
        assertThat(emsp.received).isEmpty();
        assertThat(waiting.subList(0, 7))
                .extracting(OutboxEntry::describe)
                .containsExactly(
                        "POST CommandResult " + emsp.responseUrl(CommandType.START_SESSION, "S1"),
                        "PUT session NL/CPO/" + id,
                        "PATCH session NL/CPO/" + id,
                        "PATCH session NL/CPO/" + id,
                        "PATCH session NL/CPO/" + id,
                        "POST CommandResult " + emsp.responseUrl(CommandType.STOP_SESSION, "STOP1"),
                        "PATCH session NL/CPO/" + id);
        assertThat(waiting.get(7).describe()).startsWith("POST CDR NL/CPO/");
        assertThat(waiting)
                .allMatch(e -> e.recipient().equals("emsp") || e.recipient().equals("NL-EMS"));
        assertThat(waiting).noneMatch(OutboxEntry::failed);
        assertThat(waiting.get(0).attempts()).isPositive();
        assertThat(waiting.get(0).lastError()).contains("ConnectException");

        emsp.up();
        cpo.deliverPending();

        assertThat(cpo.pending()).isEmpty();
        String cdrId = emsp.cdrs.values().iterator().next().id().value();
        assertThat(emsp.received)
                .containsExactly(
                        "POST result START_SESSION S1 ACCEPTED",
                        "PUT session " + id + " ACTIVE",
                        "PATCH session " + id + " 0 period(s)",
                        "PATCH session " + id + " 0 period(s)",
                        "PATCH session " + id + " 1 period(s)",
                        "POST result STOP_SESSION STOP1 ACCEPTED",
                        "PATCH session " + id + " 1 period(s)",
                        "POST CDR " + cdrId + " of session " + id);
        Session atEmsp = emsp.session(session.id()).orElseThrow();
        assertThat(atEmsp)
                .as("the eMSP's copy, PATCHes applied, is the CPO's session")
                .isEqualTo(stored(id));
        assertThat(cpo.deliverPending()).as("nothing is sent twice").isZero();
        assertThat(emsp.received).hasSize(8);
    }

    @Test
    void aPushTheEmspRefusesIsMarkedFailedAndNotTriedAgain() {
        loopback.emsp.refuseSessions = true;

        loopback.start("S1", "LOC1-1", loopback.rfid);
        loopback.emsp.awaitResult(CommandType.START_SESSION, "S1");
        await("the refusal", () -> loopback.cpo.pending().stream().anyMatch(OutboxEntry::failed));
        OutboxEntry refused = loopback.cpo.pending().get(0);
        int delivered = loopback.cpo.deliverPending();

        assertThat(refused.describe()).startsWith("PUT session NL/CPO/");
        assertThat(refused.lastError()).contains("2001").contains("this eMSP refuses session");
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(delivered).isZero();
        assertThat(loopback.cpo.pending()).containsExactly(refused);
    }

    @Test
    void undeliveredPushesOutliveARestartOfTheCpo() {
        String url = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        loopback.close();
        loopback = new Loopback(b -> b.jdbcUrl(url));
        loopback.emsp.down();
        loopback.start("S1", "LOC1-1", loopback.rfid);
        await("the session's pushes", () -> loopback.cpo.pending().size() == 2);
        List<OutboxEntry> before = loopback.cpo.pending();
        loopback.cpo.close();

        try (JdbcCpo restarted = JdbcCpo.builder()
                .jdbcUrl(url)
                .clock(loopback.clock)
                .retryInterval(Duration.ZERO)
                .start(new InetSocketAddress("127.0.0.1", 0))) {
            assertThat(restarted.pending())
                    .extracting(OutboxEntry::describe)
                    .containsExactlyElementsOf(
                            before.stream().map(OutboxEntry::describe).toList());
            loopback.emsp.up();
            restarted.deliverPending();

            assertThat(restarted.pending()).isEmpty();
            assertThat(loopback.emsp.received).hasSize(2);
        } finally {
            Fixtures.shutdown(url);
        }
    }

    private Session stored(String id) {
        return loopback.cpo
                .database()
                .read(c -> loopback.cpo.store().session(c, CiString.of(id)))
                .orElseThrow()
                .session();
    }
}
