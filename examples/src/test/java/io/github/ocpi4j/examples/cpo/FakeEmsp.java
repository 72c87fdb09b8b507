package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.CdrsReceiverService;
import io.github.ocpi4j.server.v221.CommandsSenderService;
import io.github.ocpi4j.server.v221.SessionsReceiverService;
import io.github.ocpi4j.server.v221.TokensSenderService;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The eMSP NL-EMS over loopback, built with ocpi4j's own server and client: it registers with a CPO through the
 * credentials handshake, keeps the sessions, CDRs and command results the CPO pushes (and lists every push in order
 * in {@link #received}), and answers real-time authorizations of its tokens. It can go {@link #down()} and come
 * {@link #up()} again on the same port, as an eMSP in an outage does.
 */
final class FakeEmsp implements AutoCloseable {
    /** The id under which the eMSP keeps the CPO. */
    static final String CPO_ID = "cpo";

    static final CredentialsRole ROLE = CredentialsRole.builder()
            .role(Role.EMSP)
            .businessDetails(new BusinessDetails("Loopback eMSP", null, null))
            .countryCode("NL")
            .partyId("EMS")
            .build();

    final InMemoryPartyStore parties = new InMemoryPartyStore();
    final OcpiClient client = OcpiClient.builder()
            .maxVersion("2.2.1")
            .retryPolicy(RetryPolicy.none())
            .build();
    /** Every push, in the order received: {@code PUT session <id> <status>}, {@code PATCH session <id>}, ... */
    final List<String> received = new CopyOnWriteArrayList<>();
    /** The sessions, with their PATCHes applied, by upper-cased id. */
    final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** The CDRs, by upper-cased id. */
    final Map<String, CDR> cdrs = new ConcurrentHashMap<>();
    /** The results of commands, by {@code TYPE/id} of their response URL. */
    final Map<String, CommandResult> results = new ConcurrentHashMap<>();
    /** The real-time authorizations asked, as {@code uid location [evses]}. */
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** The eMSP's answer to real-time authorizations. */
    volatile AllowedType allowed = AllowedType.ALLOWED;
    /** Whether the eMSP refuses sessions it is sent (OCPI 2001). */
    volatile boolean refuseSessions;

    private final Services services = new Services();
    private final int port;
    private volatile JdkHttpServerAdapter http;

    FakeEmsp() {
        http = serve(0);
        port = http.port();
    }

    private JdkHttpServerAdapter serve(int port) {
        return JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", port),
                bound -> OcpiServer.builder()
                        .baseUrl("http://127.0.0.1:" + bound + "/ocpi")
                        .partyStore(parties)
                        .client(client)
                        .roles(List.of(ROLE))
                        .v221(s -> s.sessionsReceiver(services)
                                .cdrsReceiver(services)
                                .tokensSender(services)
                                .commandsSender(services))
                        .build());
    }

    /** Stops answering: calls to it are refused. */
    void down() {
        http.close();
    }

    /** Answers again, on the same port. */
    void up() {
        http = serve(port);
    }

    String versionsUrl() {
        return "http://127.0.0.1:" + port + "/ocpi/versions";
    }

    /** The response URL of a command this eMSP sends; its result is kept under {@code TYPE/id}. */
    String responseUrl(CommandType type, String id) {
        return http.server().v221Urls().commandResponseUrl(type, id);
    }

    /** Registers with a CPO with token A (credentials handshake). */
    Party register(String cpoVersionsUrl, String tokenA) {
        return Registrar.builder(client, parties)
                .ourVersionsUrl(versionsUrl())
                .ourRoles(List.of(ROLE))
                .build()
                .register(CPO_ID, cpoVersionsUrl, tokenA);
    }

    /** The CPO's modules, as this eMSP calls them. */
    V221 cpo() {
        return client.partner(parties.findById(CPO_ID).orElseThrow()).v221();
    }

    /** The session with this id as the eMSP holds it, if it has it. */
    Optional<Session> session(CiString id) {
        return Optional.ofNullable(sessions.get(key(id)));
    }

    /** The pushes received about one object (its id in the description), in order. */
    List<String> receivedAbout(Object id) {
        return received.stream().filter(r -> r.contains(" " + id)).toList();
    }

    /** Waits for the result of a command, for up to 10 seconds. */
    CommandResult awaitResult(CommandType type, String id) {
        String key = type.value() + "/" + id;
        await("the result of " + key, () -> results.containsKey(key));
        return results.get(key);
    }

    /** Waits for a condition, polling, for up to 10 seconds. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s in vain for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static String key(Object id) {
        return id.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        http.close();
        client.close();
    }

    /** The eMSP's services: the receivers of what the CPO pushes, its tokens, and the results of its commands. */
    private final class Services
            implements SessionsReceiverService, CdrsReceiverService, TokensSenderService, CommandsSenderService {

        @Override
        public Optional<Session> session(
                RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
            return FakeEmsp.this.session(sessionId);
        }

        @Override
        public Stored putSession(RequestContext ctx, Session session) {
            if (refuseSessions) {
                throw OcpiStatusException.invalidOrMissingParameters("this eMSP refuses session " + session.id());
            }
            received.add("PUT session " + session.id() + " " + session.status());
            return sessions.put(key(session.id()), session) == null ? Stored.CREATED : Stored.UPDATED;
        }

        @Override
        public boolean patchSession(
                RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId, SessionPatch patch) {
            Session session = sessions.get(key(sessionId));
            if (session == null) {
                return false;
            }
            received.add("PATCH session " + sessionId + " "
                    + patch.chargingPeriods().value().map(List::size).orElse(0) + " period(s)");
            sessions.put(key(sessionId), patch.applyTo(session));
            return true;
        }

        @Override
        public Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
            return Optional.ofNullable(cdrs.get(key(cdrId)));
        }

        @Override
        public Stored postCdr(RequestContext ctx, CDR cdr) {
            received.add("POST CDR " + cdr.id() + " of session " + cdr.sessionId());
            return cdrs.putIfAbsent(key(cdr.id()), cdr) == null ? Stored.CREATED : Stored.UPDATED;
        }

        @Override
        public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
            return new PageResult<>(List.of(), 0);
        }

        @Override
        public Optional<AuthorizationInfo> authorize(
                RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
            authorizations.add(
                    tokenUid + " " + (location == null ? "-" : location.locationId() + " " + location.evseUids()));
            Token token = Fixtures.token(
                    "EMS",
                    tokenUid.value(),
                    allowed == AllowedType.ALLOWED,
                    io.github.ocpi4j.model.v221.tokens.WhitelistType.NEVER);
            return Optional.of(new AuthorizationInfo(allowed, token, location, CiString.of("AUTH-" + tokenUid), null));
        }

        @Override
        public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
            received.add("POST result " + type.value() + " " + id + " " + result.result());
            results.put(type.value() + "/" + id, result);
        }
    }
}
