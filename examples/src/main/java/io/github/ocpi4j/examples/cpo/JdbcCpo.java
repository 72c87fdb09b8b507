package io.github.ocpi4j.examples.cpo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.examples.versions.Parties;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.CdrsSenderService;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import io.github.ocpi4j.server.v221.Locations;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import io.github.ocpi4j.server.v221.SessionsSenderService;
import io.github.ocpi4j.server.v221.TariffsSenderService;
import io.github.ocpi4j.server.v221.TokensReceiverService;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CPO (charge point operator) whose data lives in SQL, over plain JDBC: an example of wiring ocpi4j's server SPI
 * into a real backend. It offers the Sender interfaces of locations, tariffs, sessions (with charging preferences)
 * and CDRs, the Tokens Receiver and the Commands Receiver, in OCPI 2.2.1 and 2.3.0 (or one of them, {@link
 * Builder#versions}); its chargers are simulated, so that a demo can reserve, start, meter and stop sessions and see
 * them billed.
 *
 * <pre>{@code
 * try (JdbcCpo cpo = JdbcCpo.builder()
 *         .party("NL", "CPO")
 *         .sampleData(true)                                   // 60 locations, tariffs, 72 billed sessions
 *         .start(new InetSocketAddress("127.0.0.1", 0))) {    // the JDK's HTTP server, on a free port
 *     String tokenA = cpo.newTokenA("emsp");                  // the eMSP registers with it at cpo.versionsUrl()
 *     // ... the eMSP sends START_SESSION for LOC001; the CPO starts the session and pushes it
 *     Session session = cpo.sessionAt("LOC001", "LOC001-1").orElseThrow();
 *     cpo.meter(session.id().value(), Instant.now(), new BigDecimal("2.5"), new BigDecimal("11"));
 *     cpo.pending();                                          // pushes the eMSP has not taken yet
 * }
 * }</pre>
 *
 * <p>The schema ({@code schema.sql} next to this class) is created at start when missing, in SQL that runs on H2 and
 * PostgreSQL; the default database is a new in-memory H2 one. Every push to an eMSP (session PUT and PATCH, CDR
 * POST, CommandResult POST) is written to an outbox in the transaction of the change it reports and delivered
 * afterwards, in order per object, and retried until the eMSP takes it ({@link #deliverPending()}, and every {@link
 * Builder#retryInterval retry interval}); a push the eMSP refuses with an OCPI 2xxx status is kept as failed, not
 * retried; see {@link #pending()}. Commands are carried out, and pushes delivered, on the CPO's own threads, which
 * {@link #close()} stops. Locations are pulled by eMSPs, not pushed to them.
 *
 * <p>The CPO keeps OCPI 2.2.1 objects and serves 2.3.0 through translation: its 2.3.0 interfaces are the 2.2.1 ones
 * with each object translated on the way out and in ({@link io.github.ocpi4j.examples.versions.Bridge}), and its
 * pushes go to each eMSP in the version it registered on. What 2.2.1 cannot hold of a 2.3.0 eMSP's object is refused
 * with OCPI 2001 naming the field, never dropped; what a stored object cannot carry into 2.3.0 (nothing, as the model
 * stands) is logged at DEBUG.
 *
 * <p>To eMSPs on OCPI 2.3.0 it offers Bookings 1.1 too: the EVSEs of {@code LOC001} in the sample data are bookable
 * for the coming week; requests are answered asynchronously ({@link #decideBookings()}) by the EVSE's free time,
 * the answered bookings go to the eMSP through the outbox, bookings nobody came for end as no-shows ({@link
 * #markNoShows()}), and a session that starts within a booking fulfils it.
 *
 * <p>To a PTP on OCPI 2.3.0 it offers card payments ({@code [[mod_payments_transaction_flow]]}): it assigns the PTP's
 * terminals to its locations ({@link #assignTerminal}), its 2.3.0 tariffs carry a {@code preauthorize_amount}, a
 * session the PTP starts with a token of its own is stopped before it costs more than that amount, its CDR is
 * invoiced by this CPO, and the PTP's captures are checked against the CDRs ({@link #captureReports()}).
 *
 * <p>One node per database: writes are serialized in this process. Thread-safe.
 */
public final class JdbcCpo implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCpo.class);
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9]{3}");
    private static final String V221 = "2.2.1";
    private static final String V230 = "2.3.0";

    private final Database db;
    private final boolean ownDatabase;
    private final String jdbcUrl;
    private final @Nullable HikariDataSource pool;
    private final PartyStore parties;
    private final CpoStore store;
    private final Charging charging;
    private final CpoModules modules;
    /** Card payments: the PTP's terminals and captures (OCPI 2.3.0 only). */
    private final CpoPayments payments;

    private final CpoCommands commands;
    private final CpoV230 v230;
    private final CpoBookings bookings;
    private final Set<String> versions;
    private final Outbox outbox;
    private final OcpiClient client;
    private final boolean ownClient;
    private final ScheduledExecutorService executor;
    private final CredentialsRole role;
    private final Clock clock;
    private final int pageSize;
    private final OcpiServer server;
    private final @Nullable JdkHttpServerAdapter http;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcCpo(Builder b, @Nullable InetSocketAddress address) {
        this.ownDatabase = b.jdbcUrl == null && b.dataSource == null;
        this.jdbcUrl = ownDatabase
                ? "jdbc:h2:mem:cpo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                : b.dataSource != null ? "a DataSource" : b.jdbcUrl;
        this.pool = b.dataSource != null ? null : pool(jdbcUrl, b.user, b.password);
        this.db =
                new Database(pool != null ? pool::getConnection : Objects.requireNonNull(b.dataSource)::getConnection);
        this.clock = b.clock;
        this.pageSize = b.pageSize;
        String countryCode = b.countryCode.toUpperCase(Locale.ROOT);
        String partyId = b.partyId.toUpperCase(Locale.ROOT);
        this.role = CredentialsRole.builder()
                .role(Role.CPO)
                .businessDetails(new BusinessDetails(b.name, null, null))
                .countryCode(countryCode)
                .partyId(partyId)
                .build();
        this.executor = Executors.newScheduledThreadPool(2, daemonThreads());
        this.ownClient = b.client == null;
        this.client = b.client != null
                ? b.client
                : OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
        this.parties = new JdbcPartyStore(db);
        this.store = new CpoStore(countryCode, partyId);
        this.outbox = new Outbox(db, parties, client, clock, executor);
        this.bookings = new CpoBookings(db, store, outbox, clock, executor);
        this.charging =
                new Charging(store, outbox, clock, countryCode, partyId, bookings::sessionStarted, this::paidByCard);
        this.modules = new CpoModules(db, store, charging, outbox);
        this.commands = new CpoCommands(db, store, charging, outbox, parties, client, executor);
        this.v230 = new CpoV230(modules, commands);
        this.payments = new CpoPayments(modules, parties, client, clock, countryCode, partyId);
        this.versions = b.versions;
        JdkHttpServerAdapter started = null;
        try {
            db.createSchema();
            if (b.emptyAtStart) {
                db.emptyTables();
            }
            if (b.sampleData) {
                SampleData.load(db, store, countryCode, partyId);
                // Bookings 1.1: LOC001's EVSEs are bookable for the coming week
                db.write(c -> bookings.loadSample(c, "LOC001"));
            }
            if (address == null) {
                this.server = server(Objects.requireNonNull(b.baseUrl));
            } else {
                started = JdkHttpServerAdapter.start(
                        address, port -> server(b.baseUrl != null ? b.baseUrl : localBaseUrl(address, port)));
                this.server = started.server();
            }
        } catch (RuntimeException e) {
            executor.shutdownNow();
            if (ownClient) {
                client.close();
            }
            shutdownDatabase();
            throw e;
        }
        this.http = started;
        if (!b.retryInterval.isZero()) {
            long every = b.retryInterval.toMillis();
            executor.scheduleWithFixedDelay(this::housekeeping, every, every, TimeUnit.MILLISECONDS);
        }
        outbox.deliverSoon(); // what a previous run left undelivered
        LOG.info("CPO {}-{} on {}: OCPI versions at {}", countryCode, partyId, describe(jdbcUrl), versionsUrl());
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the URL of the versions endpoint, to give to an eMSP with a token A. */
    public String versionsUrl() {
        return server.versionsUrl();
    }

    /** Returns the OCPI server, for mounting in a servlet container ({@code OcpiServlet}) or calling directly. */
    public OcpiServer server() {
        return server;
    }

    /**
     * Returns the services of this CPO's OCPI 2.2.1 modules, for a host that builds an {@link OcpiServer} of its own
     * over them, such as a Spring application with each service a bean. {@link #server()} serves the same services.
     */
    public Services services() {
        return new Services(modules, modules, modules, modules, modules, commands);
    }

    /**
     * Returns a new token A for a partner to register with (credentials handshake), kept as a pending party.
     *
     * @param partyId this CPO's id for the partner in its party store, such as {@code emsp}
     * @throws IllegalArgumentException if a registered party has this id
     */
    public String newTokenA(String partyId) {
        return Parties.newTokenA(parties, partyId);
    }

    /**
     * Registers an eMSP without the credentials handshake: {@code token} then opens this CPO's modules to it at once
     * (as token C). The CPO cannot call that eMSP back, as it has no token or endpoints of it: its pushes wait in the
     * outbox until the eMSP registers properly with a token A.
     *
     * @param countryCode the eMSP's country code
     * @param partyId the eMSP's party id
     * @param token the credentials token the eMSP will send (printable ASCII, at most 64 characters)
     * @throws IllegalArgumentException if a value breaks these rules
     */
    public void preRegister(String countryCode, String partyId, String token) {
        requireCodes(countryCode, partyId);
        Parties.preRegister(
                parties, "EMSP", countryCode.toUpperCase(Locale.ROOT), partyId.toUpperCase(Locale.ROOT), token);
    }

    /**
     * Reports the meter of an active session, as a charger does while it charges: its charging periods, {@code kwh}
     * and {@code total_cost} are computed again from every reading so far under its tariff, and a PATCH with them
     * goes to the eMSP through the outbox. A card payment's session (started by a PTP) whose cost, incl. taxes, would
     * pass its tariff's {@code preauthorize_amount} with this reading is stopped where it reaches that amount, and
     * billed with a CDR that this CPO invoices ({@code [[mod_payments_transaction_flow]]}).
     *
     * @param sessionId the session's id
     * @param time when the meter was read; after the previous reading
     * @param kwhSoFar the energy delivered since the session started, in kWh; not less than before
     * @param powerKw the power now, in kW, which holds until the next reading; {@code 0} when the car is full and
     *     only parks; {@code null} when the charger does not say
     * @return the session as it is now
     * @throws IllegalArgumentException if there is no such session, or a value breaks these rules
     * @throws IllegalStateException if the session is not active
     */
    public Session meter(String sessionId, Instant time, BigDecimal kwhSoFar, @Nullable BigDecimal powerKw) {
        Session session = db.write(c -> charging.meter(c, CiString.of(sessionId), time, kwhSoFar, powerKw));
        outbox.deliverSoon();
        return session;
    }

    /**
     * Holds an RFID card to an EVSE's reader: the charger's decision, taken from the copy of the token its eMSP
     * pushed or by asking that eMSP in real time, as the token's {@code whitelist} says; a card of a RESERVE_NOW or
     * START_SESSION at this EVSE within the last 15 minutes is allowed without asking, as its command authorized it.
     * It only authorizes; the sessions of this example start remotely (START_SESSION).
     *
     * @param locationId the location
     * @param evseUid the EVSE whose reader the card is held to
     * @param uid the card's uid
     * @return ALLOWED, or why not: BLOCKED, EXPIRED, NOT_ALLOWED (also for a card no eMSP pushed)
     * @throws OcpiStatusException with 2003 if there is no such location
     */
    public AllowedType authorizeCard(String locationId, String evseUid, String uid) {
        return commands.authorizeCard(CiString.of(locationId), CiString.of(evseUid), CiString.of(uid));
    }

    /** Returns the session in progress (reserved or charging) at an EVSE, if there is one. */
    public Optional<Session> sessionAt(String locationId, String evseUid) {
        return db.read(c -> store.sessionAt(c, CiString.of(locationId), CiString.of(evseUid)))
                .map(CpoStore.SessionRow::session);
    }

    /** Returns the status of an EVSE, or empty if the location has no such EVSE. */
    public Optional<Status> evseStatus(String locationId, String evseUid) {
        return db.read(c -> store.location(c, CiString.of(locationId)))
                .flatMap(l -> Locations.evse(l, CiString.of(evseUid)))
                .map(EVSE::status);
    }

    /**
     * Ends the reservations whose {@code expiry_date} has come by the CPO's clock: their EVSEs become AVAILABLE and
     * their sessions COMPLETED. Runs every retry interval too.
     *
     * @return how many reservations expired
     */
    public int expireReservations() {
        int expired = db.write(commands::expireReservations);
        if (expired > 0) {
            outbox.deliverSoon();
        }
        return expired;
    }

    // ---- Bookings 1.1

    /**
     * Answers every booking request that waits (they are answered on the CPO's threads soon after they come, too): a
     * new booking is RESERVED when its EVSE is free for it and the booking rules hold, REJECTED otherwise; a change
     * or cancellation is ACCEPTED or DECLINED. Each answered booking goes to its eMSP through the outbox.
     *
     * @return how many requests were answered
     */
    public int decideBookings() {
        int answered = bookings.decide();
        if (answered > 0) {
            outbox.deliverSoon();
        }
        return answered;
    }

    /**
     * Ends as NO_SHOW every RESERVED booking whose driver has not come by the no-show timeout of its terms, by the
     * CPO's clock, and tells its eMSP. Runs every retry interval too.
     *
     * @return how many bookings became no-shows
     */
    public int markNoShows() {
        int marked = bookings.markNoShows();
        if (marked > 0) {
            outbox.deliverSoon();
        }
        return marked;
    }

    /**
     * Tries once to deliver every pending push, in order; after a pass in progress. Pushes that fail stay pending.
     *
     * @return how many were delivered
     */
    public int deliverPending() {
        return outbox.deliverPending();
    }

    /** Returns the pushes not delivered: pending ones, and failed ones the eMSP refused; in outbox order. */
    public List<OutboxEntry> pending() {
        return outbox.entries();
    }

    /**
     * Stops serving, waits up to 5 seconds for commands and deliveries in progress, and closes the database (an
     * in-memory one of its own is dropped). Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (http != null) {
            http.close();
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (ownClient) {
            client.close();
        }
        shutdownDatabase();
    }

    // ---- card payments

    /**
     * Assigns a payment terminal to locations ({@code [[mod_payments_terminal_assignment_usage_flow]]}): the terminal
     * that came with a charger, known by the {@code reference} its maker gave (such as a serial number), is activated
     * at the PTP when the PTP does not run it yet ({@code [[mod_payments_terminal_activation_usage_flow]]}), naming
     * this CPO, which creates the invoices; then its {@code location_ids} are set to these by a PATCH on the PTP's
     * Payments Sender, which replaces the list. The CPO keeps the terminal as the PTP then holds it.
     *
     * @param ptp this CPO's id for the PTP in its party store, such as {@code ptp}; it must have registered on OCPI
     *     2.3.0 with the role {@code PTP}
     * @param reference the terminal's reference, at most 36 characters
     * @param locationIds the locations of this CPO that the terminal serves
     * @return the terminal, with the id the PTP gave it
     * @throws IllegalArgumentException if there is no such PTP, or a location is not this CPO's
     * @throws io.github.ocpi4j.model.OcpiException if the PTP refuses or cannot be reached
     */
    public io.github.ocpi4j.model.v230.payments.Terminal assignTerminal(
            String ptp, String reference, List<String> locationIds) {
        for (String id : locationIds) {
            if (db.read(c -> store.location(c, CiString.of(id))).isEmpty()) {
                throw new IllegalArgumentException("locationIds: " + id + " is not a location of this CPO");
            }
        }
        return payments.assign(ptp, reference, locationIds);
    }

    /** Returns the terminals PTPs run at this CPO's chargers, as they last came from the PTPs, oldest first. */
    public List<io.github.ocpi4j.model.v230.payments.Terminal> terminals() {
        return payments.terminals();
    }

    /**
     * Returns what a PTP confirmed it captured and that did not match the CDR of the session, one line each, oldest
     * first: a capture that failed or succeeded in part, one of another amount or currency than the CDR's total, or
     * one naming an {@code authorization_reference} of no CDR of that PTP. Each is also logged as a warning.
     */
    public List<String> captureReports() {
        return payments.reports();
    }

    // ---- for tests in this package

    /** Stores a location of this CPO, after checking it against the specification. */
    void save(Location location) {
        requireValid(location);
        db.write(c -> store.putLocation(c, location));
    }

    /** Stores a tariff of this CPO, after checking it against the specification. */
    void save(Tariff tariff) {
        requireValid(tariff);
        db.write(c -> store.putTariff(c, tariff));
    }

    Database database() {
        return db;
    }

    CpoStore store() {
        return store;
    }

    PartyStore parties() {
        return parties;
    }

    Clock clock() {
        return clock;
    }

    // ---- the wiring

    private OcpiServer server(String baseUrl) {
        OcpiServer.Builder server = OcpiServer.builder()
                .baseUrl(baseUrl)
                .partyStore(parties)
                .client(client)
                .roles(List.of(role))
                .clock(clock)
                .maxPageSize(pageSize);
        if (versions.contains(V221)) {
            server.v221(services -> services.locationsSender(modules)
                    .tariffsSender(modules)
                    .sessionsSender(modules)
                    .cdrsSender(modules)
                    .tokensReceiver(modules)
                    .commandsReceiver(commands));
        }
        if (versions.contains(V230)) { // the same modules, translated
            server.v230(services -> services.locationsSender(v230)
                    .tariffsSender(v230)
                    .sessionsSender(v230)
                    .cdrsSender(v230)
                    .tokensReceiver(v230)
                    .commandsReceiver(v230)
                    .bookingsSender(bookings)); // Bookings 1.1 exists only in 2.3.0
        }
        if (versions.contains(V230)) { // card payments: a PTP posts its terminals and captures
            server.v230(services -> services.paymentsReceiver(payments));
        }
        return server.build();
    }

    /**
     * Whether a session's token stands for a card payment at a payment terminal: an {@code AD_HOC_USER} token of a
     * party registered with the role {@code PTP}, which the PTP issues for one payment and sends with START_SESSION.
     */
    private boolean paidByCard(io.github.ocpi4j.model.v221.cdrs.CdrToken token) {
        return token.type().equals(io.github.ocpi4j.model.v221.tokens.TokenType.AD_HOC_USER)
                && parties.findByRole(token.countryCode(), token.partyId())
                        .map(p -> p.roles().stream()
                                .anyMatch(r -> r.role().equals("PTP")
                                        && r.countryCode().equals(token.countryCode())
                                        && r.partyId().equals(token.partyId())))
                        .orElse(false);
    }

    private void housekeeping() {
        try {
            expireReservations();
            decideBookings();
            markNoShows();
            deliverPending();
        } catch (RuntimeException e) { // logged, so that the next run still comes
            LOG.error("expiring reservations, deciding bookings or delivering pushes failed", e);
        }
    }

    private void shutdownDatabase() {
        if (pool == null) {
            return; // the host's data source: the host closes it
        }
        pool.close();
        if (ownDatabase) { // an in-memory database outlives its connections (DB_CLOSE_DELAY=-1) until told
            try (Connection c = DriverManager.getConnection(jdbcUrl);
                    Statement statement = c.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("shutting down the in-memory database failed: {}", e.getMessage());
            }
        }
    }

    /**
     * A pool of connections to a JDBC URL: a handful of connections, opened once and reused, instead of one opened
     * and closed per call (which costs more than the SQL on a file or networked database).
     */
    private static HikariDataSource pool(String url, @Nullable String user, @Nullable String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setPoolName("ocpi4j-cpo");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static String localBaseUrl(InetSocketAddress address, int port) {
        String host = address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                ? "localhost"
                : address.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/ocpi";
    }

    /** A JDBC URL without what may be a password in it. */
    private static String describe(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "ocpi4j-cpo-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void requireCodes(String countryCode, String partyId) {
        if (!COUNTRY_CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException(
                    "countryCode: must be 2 letters (ISO 3166-1 alpha-2), not " + countryCode);
        }
        if (!PARTY_ID.matcher(partyId).matches()) {
            throw new IllegalArgumentException("partyId: must be 3 letters or digits (ISO 15118), not " + partyId);
        }
    }

    private static void requireValid(Object object) {
        List<Violation> violations = OcpiJson.instance().validate(object);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(
                    object.getClass().getSimpleName() + " breaks the specification: " + violations);
        }
    }

    /**
     * The services of the CPO's OCPI 2.2.1 modules, each to register with {@code OcpiServer.builder().v221(...)} under
     * its name. The first five are one object over the CPO's tables, the last its commands.
     *
     * @param locationsSender the Locations Sender interface
     * @param tariffsSender the Tariffs Sender interface
     * @param sessionsSender the Sessions Sender interface, with charging preferences
     * @param cdrsSender the CDRs Sender interface
     * @param tokensReceiver the Tokens Receiver interface, which keeps the tokens eMSPs push
     * @param commandsReceiver the Commands Receiver interface, which answers at once and posts each result later
     */
    public record Services(
            LocationsSenderService locationsSender,
            TariffsSenderService tariffsSender,
            SessionsSenderService sessionsSender,
            CdrsSenderService cdrsSender,
            TokensReceiverService tokensReceiver,
            CommandsReceiverService commandsReceiver) {}

    /** Builds a {@link JdbcCpo}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String jdbcUrl;
        private @Nullable String user;
        private @Nullable String password;
        private @Nullable DataSource dataSource;
        private String countryCode = "NL";
        private String partyId = "CPO";
        private String name = "ocpi4j example CPO";
        private Clock clock = Clock.systemUTC();
        private boolean sampleData;
        private boolean emptyAtStart;
        private Duration retryInterval = Duration.ofSeconds(30);
        private @Nullable String baseUrl;
        private @Nullable OcpiClient client;
        private int pageSize = 20;
        private Set<String> versions = Set.of(V221, V230);

        private Builder() {}

        /**
         * Sets the OCPI versions the CPO offers: {@code 2.2.1}, {@code 2.3.0} or both, which is the default. An eMSP
         * then registers on the highest version both speak; the data is the same in each.
         *
         * @throws IllegalArgumentException if none is given, or another version
         */
        public Builder versions(String... versions) {
            this.versions = Bridge.versions(versions);
            return this;
        }

        /**
         * Sets the most objects a page of a list holds, whatever {@code limit} an eMSP asks for; 20 by default, so
         * that the sample data takes several pages.
         *
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize: at least 1, not " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Calls eMSPs through this client, such as one whose OkHttp client logs or traces calls; it is left open by
         * {@link JdbcCpo#close()}. By default the CPO makes its own, without retries (the outbox retries).
         */
        public Builder client(OcpiClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Keeps the data in the database of this JDBC URL, such as {@code jdbc:h2:file:./cpo} or {@code
         * jdbc:postgresql://localhost/cpo}; by default a new in-memory H2 database, dropped by {@link
         * JdbcCpo#close()}.
         */
        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            this.dataSource = null;
            return this;
        }

        /** Keeps the data in the database of this JDBC URL, connecting as this user. */
        public Builder jdbcUrl(String jdbcUrl, String user, String password) {
            jdbcUrl(jdbcUrl);
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Keeps the data in the database of this data source, such as a connection pool of the host's, which {@link
         * JdbcCpo#close()} leaves open. With a JDBC URL instead, the CPO pools its connections itself (HikariCP, up
         * to 8) and closes the pool when it closes.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.jdbcUrl = null;
            return this;
        }

        /**
         * Sets this CPO's country code and party id, which its locations, tariffs, sessions and CDRs carry and its
         * credentials declare; {@code NL} and {@code CPO} by default.
         *
         * @throws IllegalArgumentException if the country code is not 2 letters or the party id not 3 letters or
         *     digits
         */
        public Builder party(String countryCode, String partyId) {
            requireCodes(countryCode, partyId);
            this.countryCode = countryCode;
            this.partyId = partyId;
            return this;
        }

        /** Sets the business name in this CPO's credentials; {@code ocpi4j example CPO} by default. */
        public Builder name(String name) {
            if (name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("name: must be 1 to 100 characters");
            }
            this.name = name;
            return this;
        }

        /**
         * Sets the clock of the CPO's timestamps (sessions, CDRs, EVSE statuses, responses) and of reservation
         * expiry; the system's UTC clock by default.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Loads the sample data into an empty database: 60 locations in the Netherlands, Belgium, Germany and France
         * ({@code LOC001} to {@code LOC060}; {@code LOC001} in Amsterdam has AC EVSEs {@code LOC001-1}, ... that
         * are AVAILABLE, reservable and charging-preferences capable), each with 1 to 4 EVSEs of 1 or 2
         * connectors, 16 tariffs (per country: AC with parking paid on weekdays 09:00-18:00, AC day and night, DC
         * fast with an idle fee, and a PROFILE_CHEAP one; a card payment reserves EUR 20 under the AC ones and EUR 50
         * under DC, {@code preauthorize_amount} in OCPI 2.3.0), and 72 sessions of June 2024 with their CDRs, all
         * priced by {@link io.github.ocpi4j.model.v221.pricing.Pricing}, of RFID tokens of the eMSP NL-EMS.
         * Deterministic: the same every time.
         */
        public Builder sampleData(boolean sampleData) {
            this.sampleData = sampleData;
            return this;
        }

        /**
         * Deletes what the database holds of an earlier run at start (partners, pushed tokens, locations, tariffs,
         * sessions, CDRs, reservations, pushes not delivered), before {@link #sampleData sample data} is loaded: for
         * a demo or a test that plays the same on every run over one database. The tables stay; off by default.
         */
        public Builder emptyAtStart(boolean emptyAtStart) {
            this.emptyAtStart = emptyAtStart;
            return this;
        }

        /**
         * Sets how often pending pushes are retried and expired reservations ended, in the background; every 30
         * seconds by default, {@link Duration#ZERO} for never (then call {@link JdbcCpo#deliverPending()} and {@link
         * JdbcCpo#expireReservations()}).
         */
        public Builder retryInterval(Duration retryInterval) {
            if (retryInterval.isNegative()) {
                throw new IllegalArgumentException("retryInterval: must not be negative");
            }
            this.retryInterval = retryInterval;
            return this;
        }

        /**
         * Sets the public URL below which partners reach the CPO, such as {@code https://cpo.example.com/ocpi}:
         * required for {@link #build()}; for {@link #start}, by default {@code http://<host>:<port>/ocpi} of the
         * address served.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Returns the CPO without an HTTP server, to mount its {@link JdbcCpo#server()} in a servlet container.
         *
         * @throws IllegalStateException if no {@link #baseUrl} was set
         */
        public JdbcCpo build() {
            if (baseUrl == null) {
                throw new IllegalStateException(
                        "baseUrl: required to build the CPO without an HTTP server (start(address) serves it)");
            }
            return new JdbcCpo(this, null);
        }

        /**
         * Returns the CPO serving OCPI on this address with the JDK's HTTP server; port 0 takes a free port.
         *
         * @throws java.io.UncheckedIOException if the address cannot be bound
         */
        public JdbcCpo start(InetSocketAddress address) {
            return new JdbcCpo(this, Objects.requireNonNull(address, "address"));
        }
    }
}
