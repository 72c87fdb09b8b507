package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerListener;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.servlet.OcpiServlet;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import io.github.ocpi4j.server.v221.TokensReceiverService;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.jspecify.annotations.Nullable;

/** The README's "Quick start: the server", with what it takes as given: a host's store of locations and its metrics. */
final class ServerQuickStart {
    private final LocationRepository repository;
    private final Metrics metrics;

    ServerQuickStart(LocationRepository repository, Metrics metrics) {
        this.repository = repository;
        this.metrics = metrics;
    }

    /** A host's own store of locations. */
    interface LocationRepository {
        PageResult<Location> page(@Nullable Instant dateFrom, @Nullable Instant dateTo, int offset, int limit);

        Optional<Location> find(CiString id);
    }

    /** A host's own metrics. */
    interface Metrics {
        void record(@Nullable String route, int httpStatus, Duration duration);
    }

    /** A host's commands: none implemented, each answered NOT_SUPPORTED. */
    static final class MyCommands implements CommandsReceiverService {}

    /** A host's store of the tokens eMSPs push. */
    static final class MyTokens implements TokensReceiverService {
        private final Map<String, Token> tokens = new ConcurrentHashMap<>();

        @Override
        public Optional<Token> token(
                RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
            return Optional.ofNullable(tokens.get(countryCode + "/" + partyId + "/" + tokenUid + "/" + type));
        }

        @Override
        public Stored putToken(RequestContext ctx, Token token) {
            String key = token.countryCode() + "/" + token.partyId() + "/" + token.uid() + "/" + token.type();
            return tokens.put(key, token) == null ? Stored.CREATED : Stored.UPDATED;
        }
    }

    void quickStart(
            PartyStore partyStore,
            OcpiClient client,
            CredentialsRole ourCredentialsRole,
            String tokenA,
            ServletContextHandler context) {
        // spotless:off
        // README:begin Quick start: the server
        class MyLocations implements LocationsSenderService {
            public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
                return repository.page(page.dateFrom(), page.dateTo(), page.offset(), page.limit());
            }
            public Optional<Location> location(RequestContext ctx, CiString id) { return repository.find(id); }
        }

        OcpiServer server = OcpiServer.builder()
                .baseUrl("https://cpo.example.com/ocpi")
                .partyStore(partyStore)                              // yours (JDBC, ...), or InMemoryPartyStore
                .client(client)                                      // for the registration handshake
                .roles(List.of(ourCredentialsRole))
                .v221(services -> services
                        .locationsSender(new MyLocations())
                        .commandsReceiver(new MyCommands())
                        .tokensReceiver(new MyTokens()))
                .build();

        partyStore.save(Party.pending("emsp-1", tokenA));           // give token A to a partner out of band

        JdkHttpServerAdapter.start(server, new InetSocketAddress(8080));   // no dependency, or:
        context.addServlet(new ServletHolder(new OcpiServlet(server)), "/ocpi/*");   // in any Servlet 6 container
        // README:end
        // spotless:on
    }

    void listen() {
        // spotless:off
        // README:begin Quick start: the server (2)
        OcpiServer server = OcpiServer.builder()
                // ...
                .listener(new ServerListener() {
                    public void answered(ServerListener.Answered a) { metrics.record(a.route(), a.httpStatus(), a.duration()); }
                    public void refusedHostData(ServerListener.RefusedHostData r) { alert(r.requestId(), r.violations()); }
                })
                .build();
        // README:end
        // spotless:on
    }

    private void alert(String requestId, List<Violation> violations) {
        System.err.println("request " + requestId + ": we answered data that breaks OCPI: " + violations);
    }
}
