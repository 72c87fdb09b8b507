package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
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
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.CdrsSenderService;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import io.github.ocpi4j.server.v221.SessionsSenderService;
import io.github.ocpi4j.server.v221.TariffsSenderService;
import io.github.ocpi4j.server.v221.TokensReceiverService;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A CPO (NL-CPO) with ocpi4j's server on 127.0.0.1, for the eMSP to register with (token {@link #tokenA}): its
 * locations, tariffs, sessions and CDRs in pages of 2, the tokens the eMSP pushes, and the commands it sends, each
 * accepted and, for the types in {@link #outcomes}, answered with that result at the command's response URL by a
 * "charger" thread.
 */
final class FakeCpo
        implements LocationsSenderService,
                TariffsSenderService,
                SessionsSenderService,
                CdrsSenderService,
                TokensReceiverService,
                CommandsReceiverService,
                AutoCloseable {
    /** The id under which the CPO keeps the eMSP. */
    static final String EMSP = "emsp";

    final String tokenA = CredentialsTokens.generate();
    final List<Location> locations = new CopyOnWriteArrayList<>();
    final List<Tariff> tariffs = new CopyOnWriteArrayList<>();
    final List<Session> sessions = new CopyOnWriteArrayList<>();
    final List<CDR> cdrs = new CopyOnWriteArrayList<>();
    /** The tokens the eMSP pushed, by {@code uid/type}. */
    final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** The commands received, in order. */
    final List<Object> commands = new CopyOnWriteArrayList<>();
    /** The charger's result of each command type; a type without one is never answered. */
    final Map<CommandType, CommandResultType> outcomes = new ConcurrentHashMap<>();
    /** The results that could not be posted to the eMSP. */
    final List<Exception> undelivered = new CopyOnWriteArrayList<>();

    private final InMemoryPartyStore parties = new InMemoryPartyStore();
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final ExecutorService charger = Executors.newSingleThreadExecutor();
    private final JdkHttpServerAdapter http;

    FakeCpo(Clock clock) {
        CommandType.knownValues().forEach(type -> outcomes.put(type, CommandResultType.ACCEPTED));
        parties.save(Party.pending(EMSP, tokenA));
        CredentialsRole role = CredentialsRole.builder()
                .role(Role.CPO)
                .businessDetails(new BusinessDetails("Fake CPO", null, null))
                .countryCode("NL")
                .partyId("CPO")
                .build();
        http = JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> OcpiServer.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                        .partyStore(parties)
                        .client(client)
                        .roles(List.of(role))
                        .clock(clock)
                        .maxPageSize(2)
                        .v221(services -> services.locationsSender(this)
                                .tariffsSender(this)
                                .sessionsSender(this)
                                .cdrsSender(this)
                                .tokensReceiver(this)
                                .commandsReceiver(this))
                        .build());
    }

    String versionsUrl() {
        return http.server().versionsUrl();
    }

    /** The eMSP as the CPO keeps it. */
    Party emspParty() {
        return parties.findById(EMSP).orElseThrow();
    }

    /** The eMSP's modules, as the CPO calls them. */
    V221 emsp() {
        return client.partner(emspParty()).v221();
    }

    @Override
    public void close() {
        charger.shutdown();
        try {
            charger.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
        client.close();
    }

    // ---- Senders

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        return PageResult.of(locations, page, Location::lastUpdated);
    }

    @Override
    public Optional<Location> location(RequestContext ctx, CiString locationId) {
        return locations.stream().filter(l -> l.id().equals(locationId)).findFirst();
    }

    @Override
    public PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page) {
        return PageResult.of(tariffs, page, Tariff::lastUpdated);
    }

    @Override
    public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
        return PageResult.of(sessions, page, Session::lastUpdated);
    }

    @Override
    public PageResult<CDR> cdrs(RequestContext ctx, PageRequest page) {
        return PageResult.of(cdrs, page, CDR::lastUpdated);
    }

    // ---- Tokens Receiver

    private static String key(CiString uid, TokenType type) {
        return uid.value() + "/" + type.value();
    }

    @Override
    public Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
        return Optional.ofNullable(tokens.get(key(tokenUid, type)));
    }

    @Override
    public Stored putToken(RequestContext ctx, Token token) {
        return tokens.put(key(token.uid(), token.type()), token) == null ? Stored.CREATED : Stored.UPDATED;
    }

    // ---- Commands Receiver

    private CommandResponse accept(RequestContext ctx, CommandType type, Object command, String responseUrl) {
        commands.add(command);
        CommandResultType outcome = outcomes.get(type);
        if (outcome != null) {
            Party emsp = ctx.party();
            charger.execute(() -> {
                try {
                    client.partner(emsp)
                            .v221()
                            .commandResults()
                            .postResult(
                                    responseUrl,
                                    CommandResult.builder().result(outcome).build());
                } catch (RuntimeException e) {
                    undelivered.add(e);
                }
            });
        }
        return new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of());
    }

    @Override
    public CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        return accept(ctx, CommandType.RESERVE_NOW, command, command.responseUrl());
    }

    @Override
    public CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        return accept(ctx, CommandType.CANCEL_RESERVATION, command, command.responseUrl());
    }

    @Override
    public CommandResponse startSession(RequestContext ctx, StartSession command) {
        return accept(ctx, CommandType.START_SESSION, command, command.responseUrl());
    }

    @Override
    public CommandResponse stopSession(RequestContext ctx, StopSession command) {
        return accept(ctx, CommandType.STOP_SESSION, command, command.responseUrl());
    }

    @Override
    public CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        return accept(ctx, CommandType.UNLOCK_CONNECTOR, command, command.responseUrl());
    }
}
