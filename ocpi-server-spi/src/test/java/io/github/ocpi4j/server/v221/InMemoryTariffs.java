package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tariffs in memory, both roles: the host's own for the Sender interface, partners' pushed ones for the Receiver. */
class InMemoryTariffs implements TariffsSenderService, TariffsReceiverService {
    final List<Tariff> own = new ArrayList<>();
    final List<PageRequest> pages = new ArrayList<>();
    final Map<String, Tariff> received = new LinkedHashMap<>();

    @Override
    public PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page) {
        pages.add(page);
        return PageResult.of(own, page, Tariff::lastUpdated);
    }

    @Override
    public Optional<Tariff> tariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return Optional.ofNullable(received.get(key(countryCode, partyId, tariffId)));
    }

    @Override
    public Stored putTariff(RequestContext ctx, Tariff tariff) {
        Tariff old = received.put(key(tariff.countryCode(), tariff.partyId(), tariff.id()), tariff);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    @Override
    public boolean deleteTariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return received.remove(key(countryCode, partyId, tariffId)) != null;
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }
}
