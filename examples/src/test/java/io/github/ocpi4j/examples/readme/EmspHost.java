package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.sessions.Session;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

// README:begin Writing an eMSP host
/** An eMSP host: registration, START_SESSION and its later result, real-time authorization, sessions and CDRs. */
public final class EmspHost implements AutoCloseable {
    private static final List<CredentialsRole> ROLES = List.of(CredentialsRole.builder()
            .role(Role.EMSP)
            .countryCode("DE")
            .partyId("TNM")
            .businessDetails(new BusinessDetails("Example eMSP", null, null))
            .build());
    private final OcpiClient client = OcpiClient.builder().build();
    private final PartyStore parties = new InMemoryPartyStore(); // yours: partners, tokens, endpoints
    private final Map<String, Token> tokens = new ConcurrentHashMap<>(); // yours: the drivers' tokens, by uid
    private final Map<String, Session> sessions = new ConcurrentHashMap<>(); // yours: sessions, by id
    private final Map<String, CDR> cdrs = new ConcurrentHashMap<>(); // yours: CDRs, by id
    final BlockingQueue<CommandResult> results = new LinkedBlockingQueue<>(); // what the chargers answered
    private final JdkHttpServerAdapter http;

    public EmspHost(InetSocketAddress address) {
        http = JdkHttpServerAdapter.start(
                address,
                port -> OcpiServer.builder()
                        .baseUrl("http://localhost:" + port + "/ocpi")
                        .partyStore(parties)
                        .client(client)
                        .roles(ROLES)
                        .v221(services -> services.commandsSender(new Results())
                                .tokensSender(new Tokens())
                                .sessionsReceiver(new Sessions())
                                .cdrsReceiver(new Cdrs()))
                        .build());
    }

    public static void main(String[] args) { // args: the CPO's versions URL and the token A it gave you
        EmspHost emsp = new EmspHost(new InetSocketAddress("localhost", 8081));
        System.out.println("registered: " + emsp.register(args[0], args[1]).id());
    }

    public void addToken(Token token) {
        tokens.put(token.uid().value(), token);
    }

    /** Registers with a CPO: tokens B and C and both sides' endpoints are exchanged and kept in the party store. */
    public Party register(String cpoVersionsUrl, String tokenA) {
        return Registrar.builder(client, parties)
                .ourVersionsUrl(http.server().versionsUrl())
                .ourRoles(ROLES)
                .build()
                .register("cpo-1", cpoVersionsUrl, tokenA);
    }

    /** START_SESSION: the CPO answers now; the charger's result arrives later at {@link Results}, with this id. */
    public CommandResponse startSession(Party cpo, Token token, String locationId, String id) {
        String responseUrl = http.server().v221Urls().commandResponseUrl(CommandType.START_SESSION, id);
        return client.partner(cpo)
                .v221()
                .commandsReceiver()
                .startSession(StartSession.builder()
                        .responseUrl(responseUrl)
                        .token(token)
                        .locationId(locationId)
                        .build());
    }

    /** Services are called concurrently, from the server's threads. */
    private final class Results implements CommandsSenderService {
        @Override
        public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
            results.add(result);
        }
    }

    /** The tokens CPOs pull, and real-time authorization: empty for a token you do not know (2004). */
    private final class Tokens implements TokensSenderService {
        @Override
        public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
            return PageResult.of(List.copyOf(tokens.values()), page, Token::lastUpdated);
        }

        @Override
        public Optional<AuthorizationInfo> authorize(
                RequestContext ctx, CiString uid, TokenType type, @Nullable LocationReferences location) {
            return Optional.ofNullable(tokens.get(uid.value()))
                    .filter(token -> token.type().equals(type))
                    .map(token -> new AuthorizationInfo(
                            token.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED, token, location, null, null));
        }
    }

    /** Sessions a CPO pushes; ocpi4j has checked that the session is the calling CPO's own. */
    private final class Sessions implements SessionsReceiverService {
        @Override
        public Optional<Session> session(RequestContext ctx, CiString countryCode, CiString partyId, CiString id) {
            return Optional.ofNullable(sessions.get(countryCode + "/" + partyId + "/" + id));
        }

        @Override
        public Stored putSession(RequestContext ctx, Session s) {
            Session before = sessions.put(s.countryCode() + "/" + s.partyId() + "/" + s.id(), s);
            return before == null ? Stored.CREATED : Stored.UPDATED;
        }
    }

    /** CDRs a CPO posts, each once. */
    private final class Cdrs implements CdrsReceiverService {
        @Override
        public Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString id) {
            return Optional.ofNullable(cdrs.get(countryCode + "/" + partyId + "/" + id));
        }

        @Override
        public Stored postCdr(RequestContext ctx, CDR cdr) {
            cdrs.put(cdr.countryCode() + "/" + cdr.partyId() + "/" + cdr.id(), cdr);
            return Stored.CREATED;
        }
    }

    public Optional<Session> session(String countryCode, String partyId, String id) {
        return Optional.ofNullable(sessions.get(countryCode + "/" + partyId + "/" + id));
    }

    public Optional<CDR> cdr(String countryCode, String partyId, String id) {
        return Optional.ofNullable(cdrs.get(countryCode + "/" + partyId + "/" + id));
    }

    @Override
    public void close() {
        http.close();
        client.close();
    }
}
// README:end
