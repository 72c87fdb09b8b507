package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static io.github.ocpi4j.examples.cpo.Fixtures.NOW;

import io.github.ocpi4j.examples.cpo.Fixtures.MovableClock;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The CPO ({@link JdbcCpo} on a fresh in-memory H2 database, or PostgreSQL schema with {@link Fixtures#POSTGRES}, with location {@code LOC1} and tariffs of {@link
 * Fixtures}) and the eMSP NL-EMS ({@link FakeEmsp}) over loopback: the eMSP has registered with token A and pushed
 * its tokens {@link #rfid} (whitelist ALWAYS) and {@link #askFirst} (whitelist NEVER). The CPO's clock stands at
 * {@link Fixtures#NOW} until a test moves it; it retries nothing by itself.
 */
final class Loopback implements AutoCloseable {
    final MovableClock clock = new MovableClock(NOW);
    final FakeEmsp emsp = new FakeEmsp();
    final JdbcCpo cpo;
    final Token rfid = Fixtures.token("EMS", "RFID-1", true, WhitelistType.ALWAYS);
    final Token askFirst = Fixtures.token("EMS", "RFID-2", true, WhitelistType.NEVER);

    Loopback() {
        this(b -> {});
    }

    /** The two platforms, the CPO's builder further configured. */
    Loopback(Consumer<JdbcCpo.Builder> more) {
        JdbcCpo.Builder builder = JdbcCpo.builder().clock(clock).retryInterval(Duration.ZERO);
        Fixtures.postgresUrl().ifPresent(builder::jdbcUrl);
        more.accept(builder);
        cpo = builder.start(new InetSocketAddress("127.0.0.1", 0));
        cpo.save(Fixtures.tariff());
        cpo.save(Fixtures.cheapTariff());
        cpo.save(Fixtures.location("LOC1", NOW.minus(Duration.ofDays(1))));
        emsp.register(cpo.versionsUrl(), cpo.newTokenA("emsp"));
        emsp.cpo().tokensReceiver().put(rfid);
        emsp.cpo().tokensReceiver().put(askFirst);
    }

    static Instant minutes(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    ReserveNow reservation(String id, String evseUid, Token token, Instant expiry) {
        return ReserveNow.builder()
                .responseUrl(emsp.responseUrl(CommandType.RESERVE_NOW, id))
                .token(token)
                .expiryDate(expiry)
                .reservationId(id)
                .locationId("LOC1")
                .evseUid(evseUid)
                .build();
    }

    CommandResponse reserve(String id, String evseUid, Token token, Instant expiry) {
        return emsp.cpo().commandsReceiver().reserveNow(reservation(id, evseUid, token, expiry));
    }

    CommandResponse cancel(String reservationId, String commandId) {
        return emsp.cpo()
                .commandsReceiver()
                .cancelReservation(CancelReservation.builder()
                        .responseUrl(emsp.responseUrl(CommandType.CANCEL_RESERVATION, commandId))
                        .reservationId(reservationId)
                        .build());
    }

    CommandResponse start(String id, @Nullable String evseUid, Token token) {
        return emsp.cpo()
                .commandsReceiver()
                .startSession(StartSession.builder()
                        .responseUrl(emsp.responseUrl(CommandType.START_SESSION, id))
                        .token(token)
                        .locationId("LOC1")
                        .evseUid(evseUid)
                        .build());
    }

    CommandResponse stop(Session session, String id) {
        return emsp.cpo()
                .commandsReceiver()
                .stopSession(StopSession.builder()
                        .responseUrl(emsp.responseUrl(CommandType.STOP_SESSION, id))
                        .sessionId(session.id())
                        .build());
    }

    /** Starts a session of {@link #rfid} at an EVSE of {@code LOC1} and waits until the eMSP has it. */
    Session startCharging(String evseUid) {
        start("S-" + evseUid, evseUid, rfid);
        emsp.awaitResult(CommandType.START_SESSION, "S-" + evseUid);
        Session session = cpo.sessionAt("LOC1", evseUid).orElseThrow();
        awaitStatus(session, SessionStatus.ACTIVE);
        return session;
    }

    /** Waits until the eMSP holds the session in this status. */
    void awaitStatus(Session session, SessionStatus status) {
        await(
                "session " + session.id() + " " + status + " at the eMSP",
                () -> emsp.session(session.id())
                        .filter(s -> s.status() == status)
                        .isPresent());
    }

    @Override
    public void close() {
        cpo.close();
        emsp.close();
    }
}
