package io.github.ocpi4j.examples.ptp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v230.CdrsReceiverService;
import io.github.ocpi4j.server.v230.CommandsSenderService;
import io.github.ocpi4j.server.v230.LocationsReceiverService;
import io.github.ocpi4j.server.v230.PaymentsSenderService;
import io.github.ocpi4j.server.v230.SessionsReceiverService;
import io.github.ocpi4j.server.v230.TariffsReceiverService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The PTP's interfaces, in memory: the Receivers of what a CPO pushes (Locations, Tariffs, Sessions, CDRs), the
 * Commands Sender where the CPO posts the results of the PTP's commands, and the Payments Sender the CPO writes its
 * terminals to. ocpi4j has checked, before these methods run, that URLs and bodies name the calling CPO's own objects;
 * the terminals and confirmations here are each kept for the one CPO whose chargers they concern, and only that CPO
 * sees them. Thread-safe: each method is one atomic step under this object's lock.
 */
final class PtpServices
        implements LocationsReceiverService,
                TariffsReceiverService,
                SessionsReceiverService,
                CdrsReceiverService,
                CommandsSenderService,
                PaymentsSenderService {
    // guarded by this; keys are country code/party id/id of the CPO's object
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<String, Tariff> tariffs = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Map<String, CDR> cdrs = new LinkedHashMap<>();
    /** The terminals, by the id of the CPO's party (in the party store) and then the terminal id. */
    private final Map<String, Map<String, Terminal>> terminals = new LinkedHashMap<>();
    /** The confirmations the PTP sent, by the id of the CPO's party and then their id. */
    private final Map<String, Map<String, FinancialAdviceConfirmation>> confirmations = new LinkedHashMap<>();
    /** The results of commands, by type and id; completed when the CPO posts them. */
    private final Map<String, CompletableFuture<CommandResult>> results = new ConcurrentHashMap<>();
    /** Told of each CDR a CPO posts, with the id of that CPO's party, after it is kept. */
    private final BiConsumer<String, CDR> cdrPosted;

    /** @param cdrPosted told of each CDR a CPO posts, with the id of that CPO's party, after it is kept */
    PtpServices(BiConsumer<String, CDR> cdrPosted) {
        this.cdrPosted = cdrPosted;
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return countryCode + "/" + partyId + "/" + id;
    }

    private static Stored stored(@Nullable Object previous) {
        return previous == null ? Stored.CREATED : Stored.UPDATED;
    }

    // ---- what the CPO pushes

    @Override
    public synchronized Optional<Location> location(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
        return Optional.ofNullable(locations.get(key(countryCode, partyId, locationId)));
    }

    @Override
    public synchronized Stored putLocation(RequestContext ctx, Location location) {
        return stored(locations.put(key(location.countryCode(), location.partyId(), location.id()), location));
    }

    @Override
    public synchronized Optional<Tariff> tariff(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return Optional.ofNullable(tariffs.get(key(countryCode, partyId, tariffId)));
    }

    @Override
    public synchronized Stored putTariff(RequestContext ctx, Tariff tariff) {
        return stored(tariffs.put(key(tariff.countryCode(), tariff.partyId(), tariff.id()), tariff));
    }

    @Override
    public synchronized boolean deleteTariff(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return tariffs.remove(key(countryCode, partyId, tariffId)) != null;
    }

    @Override
    public synchronized Optional<Session> session(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
        return Optional.ofNullable(sessions.get(key(countryCode, partyId, sessionId)));
    }

    @Override
    public synchronized Stored putSession(RequestContext ctx, Session session) {
        return stored(sessions.put(key(session.countryCode(), session.partyId(), session.id()), session));
    }

    @Override
    public synchronized Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
        return Optional.ofNullable(cdrs.get(key(countryCode, partyId, cdrId)));
    }

    @Override
    public Stored postCdr(RequestContext ctx, CDR cdr) {
        Stored stored;
        synchronized (this) {
            stored = stored(cdrs.put(key(cdr.countryCode(), cdr.partyId(), cdr.id()), cdr));
        }
        cdrPosted.accept(ctx.party().id(), cdr);
        return stored;
    }

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        result(type, id).complete(result);
    }

    /** Returns the result of a command, completed when the CPO posts it. */
    CompletableFuture<CommandResult> result(CommandType type, String id) {
        return results.computeIfAbsent(type.value() + "/" + id, k -> new CompletableFuture<>());
    }

    synchronized List<Location> locations() {
        return List.copyOf(locations.values());
    }

    synchronized List<Tariff> tariffs() {
        return List.copyOf(tariffs.values());
    }

    synchronized List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    synchronized List<CDR> cdrs() {
        return List.copyOf(cdrs.values());
    }

    // ---- payments: the PTP's terminals and confirmations, each of one CPO

    /** Adds or replaces a terminal the PTP runs at the chargers of the CPO kept as {@code cpo}. */
    synchronized void keep(String cpo, Terminal terminal) {
        terminals
                .computeIfAbsent(cpo, k -> new LinkedHashMap<>())
                .put(terminal.terminalId().value(), terminal);
    }

    /** Keeps a confirmation the PTP sent the CPO kept as {@code cpo}. */
    synchronized void keep(String cpo, FinancialAdviceConfirmation confirmation) {
        confirmations
                .computeIfAbsent(cpo, k -> new LinkedHashMap<>())
                .put(confirmation.id().value(), confirmation);
    }

    /** Returns the terminals at the chargers of the CPO kept as {@code cpo}. */
    synchronized List<Terminal> terminals(String cpo) {
        return List.copyOf(terminals.getOrDefault(cpo, Map.of()).values());
    }

    private Map<String, Terminal> terminalsOf(RequestContext ctx) {
        return terminals.getOrDefault(ctx.party().id(), new LinkedHashMap<>());
    }

    @Override
    public synchronized PageResult<Terminal> terminals(RequestContext ctx, PageRequest page) {
        return PageResult.of(new ArrayList<>(terminalsOf(ctx).values()), page, Terminal::lastUpdated);
    }

    @Override
    public synchronized Optional<Terminal> terminal(RequestContext ctx, CiString terminalId) {
        return Optional.ofNullable(terminalsOf(ctx).get(terminalId.value()));
    }

    /**
     * Activates a terminal the CPO received with a charger: it is kept as the CPO sent it, and one without an id gets
     * {@code T} and a number.
     */
    @Override
    public synchronized void activate(RequestContext ctx, Terminal terminal) {
        CiString id = terminal.terminalId();
        if (id == null) {
            id = CiString.of("T" + (terminalsOf(ctx).size() + 1));
        }
        keep(ctx.party().id(), terminal.toBuilder().terminalId(id).build());
    }

    @Override
    public synchronized boolean deactivate(RequestContext ctx, CiString terminalId) {
        return terminalsOf(ctx).remove(terminalId.value()) != null;
    }

    @Override
    public synchronized boolean putTerminal(RequestContext ctx, Terminal terminal) {
        return terminalsOf(ctx).replace(terminal.terminalId().value(), terminal) != null;
    }

    @Override
    public synchronized boolean patchTerminal(RequestContext ctx, CiString terminalId, TerminalPatch patch) {
        return terminalsOf(ctx).computeIfPresent(terminalId.value(), (id, held) -> patch.applyTo(held)) != null;
    }

    @Override
    public synchronized PageResult<FinancialAdviceConfirmation> financialAdviceConfirmations(
            RequestContext ctx, PageRequest page) {
        return PageResult.of(
                new ArrayList<>(
                        confirmations.getOrDefault(ctx.party().id(), Map.of()).values()),
                page,
                FinancialAdviceConfirmation::lastUpdated);
    }

    @Override
    public synchronized Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(
            RequestContext ctx, CiString id) {
        return Optional.ofNullable(
                confirmations.getOrDefault(ctx.party().id(), Map.of()).get(id.value()));
    }
}
