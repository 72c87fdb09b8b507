package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.Database.key;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.client.v230.V230;
import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox of pushes to eMSPs: a change and the pushes that report it are written in one
 * transaction (the {@code push...} methods take the caller's connection), and delivered afterwards, so that a push
 * is lost neither when the eMSP is down nor when this process stops.
 *
 * <p>Delivery goes in outbox order. Pushes about one object (a session, then its CDR) keep their order: when one
 * cannot be delivered, the later ones of that object wait for it. A push that fails for a reason that may pass (no
 * connection, HTTP 5xx, an OCPI 3xxx or 4xxx status, our token refused with 401, the eMSP not registered yet) stays
 * pending with its attempts and error, and the pushes to that eMSP wait for the next pass. A push the eMSP refuses
 * with an OCPI 2xxx status would be refused again: it is marked failed, logged, and no longer tried. Delivery is at
 * least once: a push whose answer was lost (a timeout after the eMSP had it) is sent again.
 *
 * <p>Pushes are kept as OCPI 2.2.1 objects and sent in the version the eMSP is registered on at delivery: to an eMSP
 * on OCPI 2.3.0 translated through {@link Bridge}. Bookings, which 2.2.1 lacks, are kept as 2.3.0 objects and go to
 * eMSPs on 2.3.0 only.
 *
 * <p>One pass runs at a time. Thread-safe.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final int BATCH = 100;
    private static final int MAX_ERROR = 2000;

    /** What a push does. */
    enum Kind {
        SESSION_PUT("PUT", "session"),
        SESSION_PATCH("PATCH", "session"),
        CDR_POST("POST", "CDR"),
        COMMAND_RESULT("POST", "CommandResult"),
        /** A Bookings 1.1 booking, kept as its OCPI 2.3.0 JSON: bookings exist only in 2.3.0. */
        BOOKING_PUT("PUT", "booking");

        final String method;
        final String object;

        Kind(String method, String object) {
            this.method = method;
            this.object = object;
        }
    }

    private enum State {
        PENDING,
        FAILED
    }

    /** A row of the outbox. */
    private record Row(
            long seq,
            String objectKey,
            Kind kind,
            String target,
            @Nullable String party,
            @Nullable String toCountryCode,
            @Nullable String toPartyId,
            String body,
            State state,
            int attempts,
            @Nullable String lastError,
            Instant created) {

        String recipient() {
            return party != null ? party : toCountryCode + "-" + toPartyId;
        }

        String describe() {
            return kind.method + " " + kind.object + " " + target;
        }

        OutboxEntry entry() {
            return new OutboxEntry(
                    seq,
                    recipient(),
                    kind.method,
                    kind.object + " " + target,
                    attempts,
                    lastError,
                    state == State.FAILED,
                    created);
        }
    }

    /** Why a push was not delivered, and whether trying again may help. */
    private static final class NotDelivered extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean refused;
        final boolean unreachable;

        NotDelivered(String message, boolean refused, boolean unreachable) {
            super(message, null, false, false);
            this.refused = refused;
            this.unreachable = unreachable;
        }
    }

    private final Database db;
    private final PartyStore parties;
    private final OcpiClient client;
    private final Clock clock;
    private final Executor executor;
    private final ReentrantLock delivering = new ReentrantLock();
    private final AtomicBoolean passQueued = new AtomicBoolean();

    Outbox(Database db, PartyStore parties, OcpiClient client, Clock clock, Executor executor) {
        this.db = db;
        this.parties = parties;
        this.client = client;
        this.clock = clock;
        this.executor = executor;
    }

    // ---- writing, in the caller's transaction

    /** Adds a PUT of a session to the eMSP of its token. */
    void putSession(Connection c, Session session) throws SQLException {
        putSession(c, session, JSON.writeString(session));
    }

    /**
     * Adds a PUT of a session to the eMSP of its token, with the session's JSON as {@link CpoStore#putSession}
     * stored it, so that it is not written twice.
     */
    void putSession(Connection c, Session session, String json) throws SQLException {
        add(
                c,
                sessionKey(session.countryCode(), session.partyId(), session.id()),
                Kind.SESSION_PUT,
                path(session),
                session.cdrToken().countryCode(),
                session.cdrToken().partyId(),
                json);
    }

    /** Adds a PATCH of a session to the eMSP of its token. */
    void patchSession(Connection c, Session session, SessionPatch patch) throws SQLException {
        add(
                c,
                sessionKey(session.countryCode(), session.partyId(), session.id()),
                Kind.SESSION_PATCH,
                path(session),
                session.cdrToken().countryCode(),
                session.cdrToken().partyId(),
                JSON.writeString(patch));
    }

    /**
     * Adds a POST of a CDR to the eMSP of its token, after the pushes of its session, with the CDR's JSON as {@link
     * CpoStore#insertCdr} stored it.
     */
    void postCdr(Connection c, CDR cdr, String json) throws SQLException {
        CiString session = cdr.sessionId() != null ? cdr.sessionId() : cdr.id();
        add(
                c,
                sessionKey(cdr.countryCode(), cdr.partyId(), session),
                Kind.CDR_POST,
                cdr.countryCode() + "/" + cdr.partyId() + "/" + cdr.id(),
                cdr.cdrToken().countryCode(),
                cdr.cdrToken().partyId(),
                json);
    }

    /** Adds a POST of a command's result to its response URL, for the party that sent the command. */
    void postResult(Connection c, String party, String responseUrl, CommandResult result) throws SQLException {
        Database.update(
                c,
                "INSERT INTO cpo_outbox (object_key, kind, target, party, body, state, attempts, created)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                "command " + responseUrl,
                Kind.COMMAND_RESULT.name(),
                responseUrl,
                party,
                JSON.writeString(result),
                State.PENDING.name(),
                clock.instant());
    }

    // ---- Bookings 1.1

    /** Adds a PUT of a booking (OCPI 2.3.0) to the eMSP that requested it, the party of its first request. */
    void putBooking(Connection c, io.github.ocpi4j.model.v230.bookings.Booking booking) throws SQLException {
        var emsp = booking.bookingRequests().get(0).bookingRequest();
        add(
                c,
                "booking " + key(booking.id()),
                Kind.BOOKING_PUT,
                booking.countryCode() + "/" + booking.partyId() + "/" + booking.id(),
                emsp.countryCode(),
                emsp.partyId(),
                JSON.writeString(booking));
    }

    private void add(
            Connection c,
            String objectKey,
            Kind kind,
            String target,
            CiString toCountryCode,
            CiString toPartyId,
            String body)
            throws SQLException {
        Database.update(
                c,
                "INSERT INTO cpo_outbox (object_key, kind, target, to_country_code, to_party_id, body, state,"
                        + " attempts, created) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                objectKey,
                kind.name(),
                target,
                key(toCountryCode),
                key(toPartyId),
                body,
                State.PENDING.name(),
                clock.instant());
    }

    private static String sessionKey(CiString countryCode, CiString partyId, CiString sessionId) {
        return "session " + key(countryCode) + "/" + key(partyId) + "/" + key(sessionId);
    }

    private static String path(Session session) {
        return session.countryCode() + "/" + session.partyId() + "/" + session.id();
    }

    // ---- reading

    /** Returns the pushes not delivered, pending and failed, in outbox order. */
    List<OutboxEntry> entries() {
        return db.read(c -> rows(c, "SELECT * FROM cpo_outbox ORDER BY seq").stream()
                .map(Row::entry)
                .toList());
    }

    // ---- delivering

    /** Runs a delivery pass soon, on the CPO's executor; one queued pass serves any number of calls. */
    void deliverSoon() {
        if (passQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    passQueued.set(false);
                    try {
                        deliverPending();
                    } catch (RuntimeException e) {
                        LOG.error("outbox delivery failed", e);
                    }
                });
            } catch (RejectedExecutionException e) {
                passQueued.set(false); // closing: what is pending stays for the next start
            }
        }
    }

    /**
     * Tries to deliver every pending push, in order, once; returns how many were delivered. Waits for a pass in
     * progress to finish first.
     */
    int deliverPending() {
        delivering.lock();
        try {
            Set<String> waiting = new HashSet<>(); // objects whose earlier push is still pending
            Set<String> unreachable = new HashSet<>(); // eMSPs that cannot be reached in this pass
            int delivered = 0;
            long after = 0;
            while (true) {
                long from = after;
                List<Row> batch = db.read(c -> rows(
                        c,
                        "SELECT * FROM cpo_outbox WHERE state = ? AND seq > ? ORDER BY seq"
                                + " OFFSET 0 ROWS FETCH NEXT " + BATCH + " ROWS ONLY",
                        State.PENDING.name(),
                        from));
                if (batch.isEmpty()) {
                    return delivered;
                }
                for (Row row : batch) {
                    after = row.seq();
                    String recipient = recipientKey(row);
                    if (waiting.contains(row.objectKey()) || unreachable.contains(recipient)) {
                        waiting.add(row.objectKey());
                        continue;
                    }
                    try {
                        sendOrRetryOnce(row);
                        db.write(c -> Database.update(c, "DELETE FROM cpo_outbox WHERE seq = ?", row.seq()));
                        delivered++;
                        LOG.info("pushed {} to {} (attempt {})", row.describe(), row.recipient(), row.attempts() + 1);
                    } catch (NotDelivered e) {
                        record(row, e);
                        if (!e.refused) {
                            waiting.add(row.objectKey());
                        }
                        if (e.unreachable) {
                            unreachable.add(recipient);
                        }
                    }
                }
            }
        } finally {
            delivering.unlock();
        }
    }

    private void record(Row row, NotDelivered e) {
        String error = e.getMessage().length() > MAX_ERROR ? e.getMessage().substring(0, MAX_ERROR) : e.getMessage();
        State state = e.refused ? State.FAILED : State.PENDING;
        db.write(c -> Database.update(
                c,
                "UPDATE cpo_outbox SET state = ?, attempts = ?, last_error = ? WHERE seq = ?",
                state.name(),
                row.attempts() + 1,
                error,
                row.seq()));
        if (e.refused) {
            LOG.warn("{} refused by {}, not tried again: {}", row.describe(), row.recipient(), error);
        } else {
            LOG.info(
                    "{} to {} not delivered (attempt {}), will retry: {}",
                    row.describe(),
                    row.recipient(),
                    row.attempts() + 1,
                    error);
        }
    }

    /**
     * The eMSP a push goes to, the same for pushes addressed by party id (command results) and by role (sessions,
     * CDRs), so that one that cannot be reached holds back all of them, in order.
     */
    private String recipientKey(Row row) {
        try {
            return recipient(row).id();
        } catch (NotDelivered e) {
            return row.recipient();
        }
    }

    /**
     * Sends a push, and once more at once if the eMSP could not be reached: the first call after an eMSP restarted
     * can fail on a connection it closed meanwhile.
     */
    private void sendOrRetryOnce(Row row) throws NotDelivered {
        try {
            send(row);
        } catch (NotDelivered e) {
            if (!e.unreachable) {
                throw e;
            }
            send(row);
        }
    }

    private void send(Row row) throws NotDelivered {
        Party party = recipient(row);
        if (party.outgoingToken() == null || party.version() == null || party.versionsUrl() == null) {
            throw new NotDelivered(
                    party.id() + " has given no token and endpoints to call it with: it registered"
                            + " without the credentials handshake",
                    false,
                    true);
        }
        try {
            Partner emsp = client.partner(party);
            if (row.kind() == Kind.BOOKING_PUT && !emsp.version().equals("2.3.0")) {
                throw new NotDelivered(
                        party.id() + " is on OCPI " + emsp.version() + ", which has no Bookings module", true, false);
            }
            if (emsp.version().equals("2.3.0")) {
                sendV230(emsp.v230(), row);
            } else {
                sendV221(emsp.v221(), row);
            }
        } catch (OcpiStatusException e) {
            throw new NotDelivered(e.getMessage(), refused(e.statusCode(), e.httpStatus()), false);
        } catch (OcpiHttpException e) {
            throw new NotDelivered(e.getMessage(), refused(e.statusCode(), e.httpStatus()), e.httpStatus() >= 500);
        } catch (OcpiTransportException e) {
            throw new NotDelivered(e.getMessage(), false, true);
        } catch (RuntimeException e) {
            throw new NotDelivered(e.toString(), false, false);
        }
    }

    private static void sendV221(V221 emsp, Row row) {
        switch (row.kind()) {
            case SESSION_PUT -> emsp.sessionsReceiver().put(CpoStore.read(row.body(), Session.class));
            case SESSION_PATCH -> {
                String[] path = row.target().split("/", 3);
                emsp.sessionsReceiver().patch(path[0], path[1], path[2], CpoStore.read(row.body(), SessionPatch.class));
            }
            case CDR_POST -> emsp.cdrsReceiver().post(CpoStore.read(row.body(), CDR.class));
            case COMMAND_RESULT ->
                emsp.commandResults().postResult(row.target(), CpoStore.read(row.body(), CommandResult.class));
            case BOOKING_PUT -> throw new IllegalStateException("a booking goes to an eMSP on 2.3.0 only");
        }
    }

    /** The same pushes to an eMSP registered on OCPI 2.3.0: the stored 2.2.1 body, translated ({@link Bridge}). */
    private static void sendV230(V230 emsp, Row row) {
        switch (row.kind()) {
            case SESSION_PUT ->
                emsp.sessionsReceiver()
                        .put(Bridge.out(V221ToV230.session(CpoStore.read(row.body(), Session.class)), "Session"));
            case SESSION_PATCH -> {
                String[] path = row.target().split("/", 3);
                SessionPatch patch = CpoStore.read(row.body(), SessionPatch.class);
                emsp.sessionsReceiver()
                        .patch(path[0], path[1], path[2], Bridge.out(V221ToV230.sessionPatch(patch), "Session PATCH"));
            }
            case CDR_POST ->
                emsp.cdrsReceiver().post(Bridge.out(V221ToV230.cdr(CpoStore.read(row.body(), CDR.class)), "CDR"));
            case COMMAND_RESULT -> {
                CommandResult result = CpoStore.read(row.body(), CommandResult.class);
                emsp.commandResults()
                        .postResult(row.target(), Bridge.out(V221ToV230.commandResult(result), "CommandResult"));
            }
            case BOOKING_PUT ->
                emsp.bookingsReceiver()
                        .putBooking(CpoStore.read(row.body(), io.github.ocpi4j.model.v230.bookings.Booking.class));
        }
    }

    /** Whether the eMSP refused the data itself (2xxx), rather than failed or refused our token. */
    private static boolean refused(@Nullable OcpiStatusCode status, int httpStatus) {
        return status != null && status.isClientError() && httpStatus != 401 && httpStatus < 500;
    }

    private Party recipient(Row row) throws NotDelivered {
        Optional<Party> party = row.party() != null
                ? parties.findById(row.party())
                : parties.findByRole(CiString.of(row.toCountryCode()), CiString.of(row.toPartyId()));
        return party.orElseThrow(
                () -> new NotDelivered("no registered party " + row.recipient() + " to deliver to", false, true));
    }

    private static List<Row> rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Database.bind(c.prepareStatement(sql), parameters);
                ResultSet rows = statement.executeQuery()) {
            List<Row> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Row(
                        rows.getLong("seq"),
                        rows.getString("object_key"),
                        Kind.valueOf(rows.getString("kind")),
                        rows.getString("target"),
                        rows.getString("party"),
                        rows.getString("to_country_code"),
                        rows.getString("to_party_id"),
                        rows.getString("body"),
                        State.valueOf(rows.getString("state")),
                        rows.getInt("attempts"),
                        rows.getString("last_error"),
                        Database.instant(rows, "created")));
            }
            return found;
        }
    }
}
