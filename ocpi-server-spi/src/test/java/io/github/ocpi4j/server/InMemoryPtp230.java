package io.github.ocpi4j.server;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
import io.github.ocpi4j.server.v230.PaymentsSenderService;
import io.github.ocpi4j.server.v230.V230Services;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Payment Terminal Provider's Payments Sender interface in memory. It answers every terminal it holds, whoever
 * asks, so that tests see what ocpi4j itself withholds from a CPO; what CPOs changed is kept by terminal id.
 */
final class InMemoryPtp230 implements PaymentsSenderService {
    /** The terminals, by id, in the order added. */
    final Map<String, Terminal> terminals = new java.util.concurrent.ConcurrentSkipListMap<>();

    final List<FinancialAdviceConfirmation> confirmations = new CopyOnWriteArrayList<>();
    /** The terminals CPOs asked to activate, in order. */
    final List<Terminal> activations = new CopyOnWriteArrayList<>();
    /** The ids of the terminals deactivated, with the value true. */
    final Map<String, Boolean> deactivated = new ConcurrentHashMap<>();

    /** Registers the service. */
    void register(V230Services services) {
        services.paymentsSender(this);
    }

    void add(Terminal terminal) {
        terminals.put(terminal.terminalId().value(), terminal);
    }

    @Override
    public PageResult<Terminal> terminals(RequestContext ctx, PageRequest page) {
        return PageResult.of(List.copyOf(terminals.values()), page, Terminal::lastUpdated);
    }

    @Override
    public Optional<Terminal> terminal(RequestContext ctx, CiString terminalId) {
        return Optional.ofNullable(terminals.get(terminalId.value()));
    }

    @Override
    public void activate(RequestContext ctx, Terminal terminal) {
        activations.add(terminal);
    }

    @Override
    public boolean deactivate(RequestContext ctx, CiString terminalId) {
        return terminals.containsKey(terminalId.value()) && deactivated.put(terminalId.value(), true) == null;
    }

    @Override
    public boolean putTerminal(RequestContext ctx, Terminal terminal) {
        return terminals.replace(terminal.terminalId().value(), terminal) != null;
    }

    @Override
    public boolean patchTerminal(RequestContext ctx, CiString terminalId, TerminalPatch patch) {
        return terminals.computeIfPresent(terminalId.value(), (id, held) -> patch.applyTo(held)) != null;
    }

    @Override
    public PageResult<FinancialAdviceConfirmation> financialAdviceConfirmations(RequestContext ctx, PageRequest page) {
        return PageResult.of(confirmations, page, FinancialAdviceConfirmation::lastUpdated);
    }

    @Override
    public Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(RequestContext ctx, CiString id) {
        return confirmations.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
