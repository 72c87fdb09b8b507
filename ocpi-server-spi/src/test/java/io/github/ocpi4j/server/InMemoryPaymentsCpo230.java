package io.github.ocpi4j.server;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.server.v230.PaymentsReceiverService;
import io.github.ocpi4j.server.v230.V230Services;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A CPO's Payments Receiver interface in memory: what PTPs posted, by {@code country/party/id} of the owner ocpi4j named. */
final class InMemoryPaymentsCpo230 implements PaymentsReceiverService {
    final Map<String, Terminal> terminals = new ConcurrentHashMap<>();
    final Map<String, FinancialAdviceConfirmation> confirmations = new ConcurrentHashMap<>();

    /** Registers the service. */
    void register(V230Services services) {
        services.paymentsReceiver(this);
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return countryCode + "/" + partyId + "/" + id;
    }

    private static <T> Stored put(Map<String, T> map, String key, T value) {
        return map.put(key, value) == null ? Stored.CREATED : Stored.UPDATED;
    }

    @Override
    public Optional<Terminal> terminal(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString terminalId) {
        return Optional.ofNullable(terminals.get(key(countryCode, partyId, terminalId)));
    }

    @Override
    public Stored postTerminal(RequestContext ctx, CiString countryCode, CiString partyId, Terminal terminal) {
        return put(terminals, key(countryCode, partyId, terminal.terminalId()), terminal);
    }

    @Override
    public Optional<FinancialAdviceConfirmation> financialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString id) {
        return Optional.ofNullable(confirmations.get(key(countryCode, partyId, id)));
    }

    @Override
    public Stored postFinancialAdviceConfirmation(
            RequestContext ctx, CiString countryCode, CiString partyId, FinancialAdviceConfirmation confirmation) {
        return put(confirmations, key(countryCode, partyId, confirmation.id()), confirmation);
    }
}
