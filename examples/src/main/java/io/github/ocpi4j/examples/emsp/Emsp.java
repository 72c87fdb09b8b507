package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.examples.versions.Parties;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An e-mobility service provider (eMSP) in memory: the eMSP side of OCPI 2.2.1, or of 2.3.0 ({@link
 * Builder#versions}), with ocpi4j, as an example.
 *
 * <pre>{@code
 * Emsp emsp = Emsp.builder().party("NL", "EMS").sampleData(true)
 *         .start(new InetSocketAddress("127.0.0.1", 0));          // serves at http://127.0.0.1:<port>/ocpi
 * Party cpo = emsp.register(cpoVersionsUrl, tokenA);              // the credentials handshake
 * emsp.pushTokens();                                              // PUT every token to the CPO
 * emsp.block(SampleTokens.RFID_VALID);                            // ... and a PATCH with valid: false
 *
 * emsp.reserveNow("LOC1", "3256", SampleTokens.APP_USER, in15Minutes, "R1");
 * Optional<CommandResult> reserved = emsp.awaitResult(CommandType.RESERVE_NOW, "R1", Duration.ofSeconds(5));
 * emsp.startSession("LOC1", "3256", null, SampleTokens.APP_USER, "R1");
 *
 * Pulled locations = emsp.pullLocations();                        // "12 objects in 3 pages"
 * emsp.received().forEach(System.out::println);                   // "PATCH sessions NL/CPO/S1" ...
 * emsp.close();
 * }</pre>
 *
 * <p>As a server (an {@link OcpiServer} on the JDK's HTTP server, or mounted elsewhere through {@link #server()}) it
 * offers the interfaces of an eMSP: the Tokens Sender with real-time authorization (see {@link SampleTokens} for how
 * each sample token is answered), the Receivers of Locations, Tariffs, Sessions and CDRs, and the Commands Sender
 * where the CPO posts the results of the eMSP's commands. As a client it registers with one CPO and then calls its
 * Tokens Receiver, Commands Receiver and the Senders of Locations, Tariffs, Sessions and CDRs.
 *
 * <p>{@link #stop()} and {@link #restart()} take the eMSP off the network and back on the same port, with the same
 * data and registration, to show how a CPO delivers again what failed during an outage.
 *
 * <p>Thread-safe: CPOs call it concurrently.
 */
public final class Emsp implements AutoCloseable {
    /** The id under which the eMSP keeps the CPO it registered with in its party store. */
    static final String CPO = "cpo";

    private static final String V221 = "2.2.1";
    private static final String V230 = "2.3.0";

    private final Clock clock;
    private final Set<String> versions;
    private final OcpiClient client;
    private final boolean ownClient;
    private final CredentialsRole role;
    private final List<Received> log = new CopyOnWriteArrayList<>();
    private final OwnTokens tokens;
    private final Inbox inbox = new Inbox(log);
    private final ReceivedBookings bookings = new ReceivedBookings();
    private final CommandResults results;
    private final OcpiServer server;
    /** Where the eMSP serves itself, or {@code null} when it is mounted elsewhere. */
    private final @Nullable InetSocketAddress address;

    private @Nullable JdkHttpServerAdapter http; // guarded by this

    /** Makes the eMSP, and serves it at {@code bindTo} unless that is {@code null}. */
    private Emsp(Builder b, @Nullable InetSocketAddress bindTo) {
        this.clock = b.clock;
        this.results = new CommandResults(clock, log);
        this.ownClient = b.client == null;
        this.versions = b.versions;
        this.client = b.client != null
                ? b.client
                : OcpiClient.builder() // registers on the highest version it offers
                        .maxVersion(versions.contains(V230) ? V230 : V221)
                        .build();
        this.role = CredentialsRole.builder()
                .role(Role.EMSP)
                .businessDetails(new BusinessDetails("ocpi4j example eMSP", null, null))
                .countryCode(b.countryCode)
                .partyId(b.partyId)
                .build();
        this.tokens = new OwnTokens(
                clock,
                log,
                b.partyId,
                b.sampleData ? SampleTokens.create(b.countryCode, b.partyId, clock.instant()) : List.of());
        try {
            if (bindTo == null) {
                this.server = newServer(Objects.requireNonNull(b.baseUrl), b.pageSize);
                this.address = null;
            } else {
                String baseUrl = b.baseUrl;
                JdkHttpServerAdapter started = JdkHttpServerAdapter.start(
                        bindTo,
                        port -> newServer(
                                baseUrl != null ? baseUrl : "http://" + bindTo.getHostString() + ":" + port + "/ocpi",
                                b.pageSize));
                this.http = started;
                this.server = started.server();
                this.address = new InetSocketAddress(bindTo.getAddress(), started.port());
            }
        } catch (RuntimeException e) {
            if (ownClient) {
                client.close();
            }
            throw e;
        }
    }

    /** The eMSP's OCPI server: its services, the party store it authenticates partners with, its base URL. */
    private OcpiServer newServer(String baseUrl, int pageSize) {
        OcpiServer.Builder server = OcpiServer.builder()
                .baseUrl(baseUrl)
                .partyStore(new InMemoryPartyStore())
                .client(client)
                .roles(List.of(role))
                .clock(clock)
                .maxPageSize(pageSize);
        if (versions.contains(V221)) {
            server.v221(services -> services.tokensSender(tokens)
                    .locationsReceiver(inbox)
                    .tariffsReceiver(inbox)
                    .sessionsReceiver(inbox)
                    .cdrsReceiver(inbox)
                    .commandsSender(results));
        }
        if (versions.contains(V230)) { // the same services, translated
            EmspV230 v230 = new EmspV230(tokens, inbox, results);
            server.v230(services -> services.tokensSender(v230)
                    .locationsReceiver(v230)
                    .tariffsReceiver(v230)
                    .sessionsReceiver(v230)
                    .cdrsReceiver(v230)
                    .commandsSender(v230)
                    .bookingsReceiver(bookings)); // Bookings 1.1 exists only in 2.3.0
        }
        return server.build();
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the URL of the eMSP's versions endpoint, which it gives CPOs when registering. */
    public String versionsUrl() {
        return server.versionsUrl();
    }

    /** Returns the eMSP's OCPI server, to mount in another HTTP server such as a servlet container. */
    public OcpiServer server() {
        return server;
    }

    // ---- registration

    /**
     * Registers with a CPO ({@code [[credentials_registration]]}): fetches its versions and endpoints with token A,
     * sends the eMSP's credentials with a new token B and keeps the token C the CPO answers with, in the party store
     * the server authenticates the CPO's calls with.
     *
     * @param cpoVersionsUrl the CPO's versions endpoint
     * @param tokenA the token the CPO gave out of band for registering
     * @return the CPO as the eMSP keeps it
     * @throws IllegalStateException if the eMSP has registered with a CPO already
     * @throws io.github.ocpi4j.client.OcpiRegistrationException naming the step of the handshake that failed
     */
    public Party register(String cpoVersionsUrl, String tokenA) {
        if (server.partyStore().findById(CPO).isPresent()) {
            throw new IllegalStateException("this eMSP has registered with a CPO already");
        }
        Registrar registrar = Registrar.builder(client, server.partyStore())
                .ourVersionsUrl(server.versionsUrl())
                .ourRoles(List.of(role))
                .build();
        return registrar.register(CPO, cpoVersionsUrl, tokenA);
    }

    /**
     * Returns a new token A for a CPO to register with at this eMSP (the CPO starts the handshake), kept as a pending
     * party.
     *
     * @param partyId this eMSP's id for the CPO in its party store, such as {@code cpo-acme}
     * @throws IllegalArgumentException if a registered party has this id
     */
    public String newTokenA(String partyId) {
        return Parties.newTokenA(server.partyStore(), partyId);
    }

    /**
     * Admits a CPO without the credentials handshake: {@code token} then opens this eMSP's modules to it at once.
     * The eMSP cannot call that CPO (no token, no endpoints) until one of them registers with a token A.
     *
     * @param countryCode the CPO's country code
     * @param partyId the CPO's party id
     * @param token the credentials token the CPO will send
     * @throws IllegalArgumentException if the codes or the token are not valid
     */
    public void preRegister(String countryCode, String partyId, String token) {
        Parties.preRegister(server.partyStore(), "CPO", countryCode, partyId, token);
    }

    /**
     * Returns the CPO the eMSP registered with, to call any of its modules through {@code cpo().v221()}.
     *
     * @throws IllegalStateException if the eMSP has not registered
     */
    public Partner cpo() {
        return client.partner(Parties.registered(server.partyStore(), CPO, "this eMSP has not registered with a CPO"));
    }

    private boolean registered() {
        return server.partyStore()
                .findById(CPO)
                .filter(p -> p.status() == Party.Status.REGISTERED)
                .isPresent();
    }

    // ---- tokens

    /** Returns the eMSP's tokens, oldest {@code last_updated} first. */
    public List<Token> tokens() {
        return tokens.all();
    }

    /**
     * Pushes every token to the CPO's Tokens Receiver, one PUT each ({@code [[mod_tokens_put_method]]}).
     *
     * @return how many tokens were pushed
     * @throws IllegalStateException if the eMSP has not registered
     */
    public int pushTokens() {
        V221 cpo = cpo().v221();
        List<Token> all = tokens.all();
        all.forEach(token -> cpo.tokensReceiver().put(token));
        return all.size();
    }

    /**
     * Blocks a token: it is no longer valid, so real-time authorization answers {@code BLOCKED}. If the eMSP has
     * registered, the CPO is told with a PATCH of {@code valid} and {@code last_updated} ({@code
     * [[mod_tokens_patch_method]]}); should that call fail, the token stays blocked here and the exception says why.
     *
     * @param tokenUid the token's uid
     * @return the blocked token
     * @throws IllegalArgumentException if the eMSP has no token with this uid
     */
    public Token block(String tokenUid) {
        Token blocked = own(tokenUid).token().toBuilder()
                .valid(false)
                .lastUpdated(clock.instant())
                .build();
        tokens.replace(blocked);
        if (registered()) {
            TokenPatch patch = TokenPatch.builder()
                    .valid(false)
                    .lastUpdated(blocked.lastUpdated())
                    .build();
            cpo().v221()
                    .tokensReceiver()
                    .patch(
                            blocked.countryCode().value(),
                            blocked.partyId().value(),
                            blocked.uid().value(),
                            blocked.type(),
                            patch);
        }
        return blocked;
    }

    private OwnToken own(String tokenUid) {
        return tokens.find(tokenUid)
                .orElseThrow(() -> new IllegalArgumentException("tokenUid: this eMSP has no token " + tokenUid));
    }

    /**
     * The token to send in a command at a location: the eMSP authorizes a token before it sends it, and the CPO
     * does not check it again ({@code [[mod_commands_startsession_object]]}).
     */
    private Token authorized(String tokenUid, String locationId, @Nullable String evseUid) {
        OwnToken own = own(tokenUid);
        LocationReferences at = LocationReferences.builder()
                .locationId(locationId)
                .evseUids(evseUid == null ? List.of() : List.of(CiString.of(evseUid)))
                .build();
        AllowedType allowed = tokens.decide(own, at);
        if (allowed != AllowedType.ALLOWED) {
            throw new IllegalArgumentException(
                    "tokenUid: token " + tokenUid + " may not charge at " + locationId + ": " + allowed);
        }
        return own.token();
    }

    // ---- commands

    /**
     * Asks the CPO to reserve an EVSE, or any EVSE of a location, for a token until a time ({@code
     * [[mod_commands_reservenow_object]]}). The reservation id is also the reservation's {@code
     * authorization_reference}, for {@link #startSession} to charge on the reservation.
     *
     * <p>The result arrives for {@link #awaitResult awaitResult(RESERVE_NOW, reservationId, timeout)}.
     *
     * @param locationId the location
     * @param evseUid the EVSE, or {@code null} for any EVSE of the location
     * @param tokenUid the uid of one of the eMSP's tokens, which must be allowed to charge there
     * @param expiryDate when the reservation ends
     * @param reservationId the reservation's id, of the eMSP's choosing
     * @return the CPO's answer, which says whether it passed the command to the charger
     * @throws IllegalArgumentException if the eMSP does not allow the token to charge at the location
     */
    public CommandResponse reserveNow(
            String locationId, @Nullable String evseUid, String tokenUid, Instant expiryDate, String reservationId) {
        Token token = authorized(tokenUid, locationId, evseUid);
        ReserveNow command = ReserveNow.builder()
                .responseUrl(responseUrl(CommandType.RESERVE_NOW, reservationId))
                .token(token)
                .expiryDate(expiryDate)
                .reservationId(reservationId)
                .locationId(locationId)
                .evseUid(evseUid)
                .authorizationReference(reservationId)
                .build();
        return cpo().v221().commandsReceiver().reserveNow(command);
    }

    /**
     * Asks the CPO to cancel a reservation ({@code [[mod_commands_cancelreservation_object]]}). The result arrives
     * for {@link #awaitResult awaitResult(CANCEL_RESERVATION, reservationId, timeout)}.
     */
    public CommandResponse cancelReservation(String reservationId) {
        CancelReservation command = CancelReservation.builder()
                .responseUrl(responseUrl(CommandType.CANCEL_RESERVATION, reservationId))
                .reservationId(reservationId)
                .build();
        return cpo().v221().commandsReceiver().cancelReservation(command);
    }

    /**
     * Asks the CPO to start a session for a token ({@code [[mod_commands_startsession_object]]}). The result arrives
     * for {@link #awaitResult awaitResult(START_SESSION, authorizationReference, timeout)}, and the session and CDR
     * will carry the {@code authorization_reference}. To a CPO registered on 2.3.0 the command goes in 2.3.0; to charge
     * on a Bookings 1.1 booking, pass the booking's {@code authorization_reference}.
     *
     * <p>To charge on a reservation, pass the reservation's id as the authorization reference: {@link #reserveNow}
     * gave the reservation that reference, so the CPO can match the two. (StartSession has no {@code
     * reservation_id} in OCPI 2.2.1; the charger recognises a reservation by its token.)
     *
     * @param locationId the location
     * @param evseUid the EVSE, or {@code null} for the charger to choose
     * @param connectorId the connector of the EVSE, or {@code null}; requires {@code evseUid}
     * @param tokenUid the uid of one of the eMSP's tokens, which must be allowed to charge there
     * @param authorizationReference the eMSP's reference of this authorization, at most 36 characters
     * @return the CPO's answer, which says whether it passed the command to the charger
     * @throws IllegalArgumentException if the eMSP does not allow the token to charge at the location
     */
    public CommandResponse startSession(
            String locationId,
            @Nullable String evseUid,
            @Nullable String connectorId,
            String tokenUid,
            String authorizationReference) {
        Token token = authorized(tokenUid, locationId, evseUid);
        StartSession command = StartSession.builder()
                .responseUrl(responseUrl(CommandType.START_SESSION, authorizationReference))
                .token(token)
                .locationId(locationId)
                .evseUid(evseUid)
                .connectorId(connectorId)
                .authorizationReference(authorizationReference)
                .build();
        Partner cpo = cpo();
        if (cpo.version().equals(V230)) { // an eMSP on 2.3.0 only, such as one that books ahead with Bookings 1.1
            return answer(cpo.v230()
                    .commandsReceiver()
                    .startSession(Bridge.out(V221ToV230.startSession(command), "StartSession")));
        }
        return cpo.v221().commandsReceiver().startSession(command);
    }

    /**
     * Asks the CPO to stop a session ({@code [[mod_commands_stopsession_object]]}). The result arrives for {@link
     * #awaitResult awaitResult(STOP_SESSION, sessionId, timeout)}. To a CPO registered on 2.3.0 the command goes in
     * 2.3.0.
     */
    public CommandResponse stopSession(String sessionId) {
        StopSession command = StopSession.builder()
                .responseUrl(responseUrl(CommandType.STOP_SESSION, sessionId))
                .sessionId(sessionId)
                .build();
        Partner cpo = cpo();
        if (cpo.version().equals(V230)) {
            return answer(cpo.v230()
                    .commandsReceiver()
                    .stopSession(Bridge.out(V221ToV230.stopSession(command), "StopSession")));
        }
        return cpo.v221().commandsReceiver().stopSession(command);
    }

    /** A 2.3.0 CPO's answer to a command, as the 2.2.1 answer the eMSP keeps. */
    private static CommandResponse answer(io.github.ocpi4j.model.v230.commands.CommandResponse response) {
        return Bridge.out(V230ToV221.commandResponse(response), "CommandResponse");
    }

    /**
     * Asks the CPO to unlock a connector ({@code [[mod_commands_unlockconnector_object]]}). The result arrives for
     * {@link #awaitResult awaitResult(UNLOCK_CONNECTOR, locationId + "/" + evseUid + "/" + connectorId, timeout)}:
     * the connector's path, as in the Locations module.
     */
    public CommandResponse unlockConnector(String locationId, String evseUid, String connectorId) {
        UnlockConnector command = UnlockConnector.builder()
                .responseUrl(responseUrl(CommandType.UNLOCK_CONNECTOR, locationId + "/" + evseUid + "/" + connectorId))
                .locationId(locationId)
                .evseUid(evseUid)
                .connectorId(connectorId)
                .build();
        return cpo().v221().commandsReceiver().unlockConnector(command);
    }

    /**
     * The {@code response_url} of a command to the CPO, below the eMSP's Commands Sender endpoint: the CPO posts the
     * result there, and ocpi4j hands the type and id to {@link CommandResults}, which takes it from that CPO only.
     */
    private String responseUrl(CommandType type, String id) {
        results.expect(type, id, CPO);
        return cpo().version().equals(V230)
                ? server.v230Urls()
                        .commandResponseUrl(
                                io.github.ocpi4j.model.v230.commands.CommandType.of(type.value()), id) // open in both
                : server.v221Urls().commandResponseUrl(type, id);
    }

    /**
     * Returns the result of the last command sent with this type and id, completed when the CPO posts it: the
     * charger's answer, which comes after the {@link CommandResponse}. The id is the one each command method names,
     * such as the reservation id. A later result of the same command (a CPO cancelling a reservation it had
     * accepted) is only in {@link #received()}. For a command not sent, or sent more than a day or 10,000 commands
     * ago, the future never completes: the eMSP takes a result only for a command it sent, and only from the CPO it
     * sent it to.
     */
    public CompletableFuture<CommandResult> commandResult(CommandType type, String id) {
        return results.result(type, id).copy();
    }

    /**
     * Waits for the result of the last command sent with this type and id, as {@link #commandResult}.
     *
     * @param timeout how long to wait at most; the CPO's {@link CommandResponse#timeout()} is a good choice
     * @return the result, or empty if none arrived in time (or the thread was interrupted)
     */
    public Optional<CommandResult> awaitResult(CommandType type, String id, Duration timeout) {
        return results.await(type, id, timeout);
    }

    // ---- pulling the CPO's lists

    /** Fetches every page of the CPO's locations and keeps them, as pushed ones. */
    public Pulled pullLocations() {
        var sender = cpo().v221().locationsSender();
        return pull(() -> sender.page(ListQuery.all()), sender::page, inbox::keep);
    }

    /** Fetches every page of the CPO's tariffs and keeps them. */
    public Pulled pullTariffs() {
        var sender = cpo().v221().tariffsSender();
        return pull(() -> sender.page(ListQuery.all()), sender::page, inbox::keep);
    }

    /**
     * Fetches every page of the sessions of the eMSP's tokens since a time, and keeps them.
     *
     * @param dateFrom sessions last updated at or after this time ({@code date_from}, which the CPO requires)
     */
    public Pulled pullSessions(Instant dateFrom) {
        var sender = cpo().v221().sessionsSender();
        return pull(() -> sender.page(ListQuery.all().dateFrom(dateFrom)), sender::page, inbox::keep);
    }

    /** Fetches every page of the CDRs of the eMSP's tokens, and keeps those it has not received yet. */
    public Pulled pullCdrs() {
        var sender = cpo().v221().cdrsSender();
        return pull(() -> sender.page(ListQuery.all()), sender::page, inbox::keep);
    }

    /**
     * Follows the pages of a list from the first, counting them. {@code stream(ListQuery)} of a module client is
     * the usual way to read a whole list; it hides the pages, which this example shows.
     */
    private static <T> Pulled pull(Supplier<Page<T>> first, Function<String, Page<T>> next, Consumer<T> keep) {
        Set<String> fetched = new HashSet<>();
        Page<T> page = first.get();
        int objects = 0;
        int pages = 1;
        while (true) {
            page.items().forEach(keep);
            objects += page.items().size();
            String nextUrl = page.nextUrl();
            if (nextUrl == null) {
                return new Pulled(objects, pages);
            }
            if (!fetched.add(nextUrl)) {
                throw new IllegalStateException("the CPO links back to a page already fetched: " + nextUrl);
            }
            page = next.apply(nextUrl);
            pages++;
        }
    }

    // ---- what the eMSP holds

    /** Returns the locations pushed or pulled, in the order first received. */
    public List<Location> locations() {
        return inbox.locations();
    }

    /** Returns the tariffs pushed or pulled, in the order first received. */
    public List<Tariff> tariffs() {
        return inbox.tariffs();
    }

    /** Returns the sessions pushed or pulled, as they are now, in the order first received. */
    public List<Session> sessions() {
        return inbox.sessions();
    }

    /** Returns the CDRs posted or pulled, in the order first received. */
    public List<CDR> cdrs() {
        return inbox.cdrs();
    }

    /**
     * Returns the Bookings 1.1 bookings CPOs pushed to this eMSP (OCPI 2.3.0), as they are now, in no particular
     * order.
     */
    public List<io.github.ocpi4j.model.v230.bookings.Booking> bookings() {
        return bookings.bookings();
    }

    /** Returns every request partners made of the eMSP and it took in (not GETs), in the order received. */
    public List<Received> received() {
        return List.copyOf(log);
    }

    // ---- being on the network

    /**
     * Stops serving: the port is closed and partners' calls fail until {@link #restart()}. The data and the
     * registration stay.
     *
     * @throws IllegalStateException if this eMSP was built to be mounted elsewhere ({@link Builder#build()})
     */
    public synchronized void stop() {
        requireOwnHttp();
        if (http != null) {
            http.close();
            http = null;
        }
    }

    /**
     * Serves again on the same address and port after {@link #stop()}, with the same data and registration, so that
     * partners deliver what failed meanwhile. Does nothing if it is serving.
     *
     * @throws java.io.UncheckedIOException if the port cannot be bound again
     * @throws IllegalStateException if this eMSP was built to be mounted elsewhere ({@link Builder#build()})
     */
    public synchronized void restart() {
        InetSocketAddress same = requireOwnHttp();
        if (http == null) {
            http = JdkHttpServerAdapter.start(server, same);
        }
    }

    /** Returns whether the eMSP serves on its own port now: started and not stopped. */
    public synchronized boolean isServing() {
        return http != null;
    }

    private InetSocketAddress requireOwnHttp() {
        if (address == null) {
            throw new IllegalStateException("this eMSP is served by the host that mounted server()");
        }
        return address;
    }

    /** Stops serving, and closes the client if the eMSP made it. */
    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        if (ownClient) {
            client.close();
        }
    }

    /** Builds an {@link Emsp}. Not thread-safe. */
    public static final class Builder {
        private String countryCode = "NL";
        private String partyId = "EMS";
        private Clock clock = Clock.systemUTC();
        private boolean sampleData;
        private int pageSize = 20;
        private @Nullable String baseUrl;
        private @Nullable OcpiClient client;
        private Set<String> versions = Set.of(V221);

        private Builder() {}

        /**
         * Sets the OCPI versions the eMSP offers: {@code 2.2.1} (the default), {@code 2.3.0} or both; it registers
         * with a CPO on the highest of them both sides speak. On 2.3.0 it keeps what CPOs send as 2.2.1 objects,
         * translated ({@link io.github.ocpi4j.examples.versions.Bridge}); its own calls to the CPO ({@link
         * Emsp#pushTokens()}, the commands, the pulls) are those of 2.2.1, so with a CPO on 2.3.0 a host calls it
         * through {@code cpo().v230()}.
         *
         * @throws IllegalArgumentException if none is given, or another version
         */
        public Builder versions(String... versions) {
            this.versions = Bridge.versions(versions);
            return this;
        }

        /**
         * Sets the eMSP's country code and party id ({@code NL} and {@code EMS} by default): its tokens' owner, and
         * its role in the credentials.
         *
         * @param countryCode ISO 3166-1 alpha-2, upper case
         * @param partyId three upper-case letters or digits
         */
        public Builder party(String countryCode, String partyId) {
            Parties.requireCodes(countryCode, partyId);
            this.countryCode = countryCode;
            this.partyId = partyId;
            return this;
        }

        /** Sets the clock of tokens' {@code last_updated}, contract ends and responses; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Gives the eMSP the {@link SampleTokens}; without them it has no tokens. */
        public Builder sampleData(boolean sampleData) {
            this.sampleData = sampleData;
            return this;
        }

        /** Sets the most tokens on a page the CPO pulls (20 by default, so that the sample tokens take pages). */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize: at least 1, not " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the public URL the eMSP is reached at, such as {@code https://emsp.example.com/ocpi}: required by
         * {@link #build()}; for {@link #start} {@code http://<host>:<port>/ocpi} of the address bound by default.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Sets the client the eMSP calls CPOs with, and the server calls them back with in the credentials handshake;
         * by default one of its own, capped ({@code maxVersion}) at the highest of the eMSP's {@link #versions}, which
         * {@link Emsp#close()} closes. A client given here registers on the highest version both sides speak up to its
         * own cap: cap it likewise when the CPO speaks a version the eMSP does not offer.
         */
        public Builder client(OcpiClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Returns the eMSP without serving it: mount {@link Emsp#server()} in an HTTP server that serves {@link
         * #baseUrl}. {@link Emsp#stop()} and {@link Emsp#restart()} are then the host's business.
         *
         * @throws IllegalStateException if no base URL was set
         */
        public Emsp build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl: required to build an eMSP served elsewhere");
            }
            return new Emsp(this, null);
        }

        /**
         * Starts the eMSP on the JDK's HTTP server at an address; port 0 takes a free port, which the base URL then
         * holds.
         *
         * @throws java.io.UncheckedIOException if the address cannot be bound
         */
        public Emsp start(InetSocketAddress address) {
            return new Emsp(this, Objects.requireNonNull(address, "address"));
        }
    }
}
