package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ClientInfo objects in memory, both roles: a hub's list of the parties behind it (Sender), and those a hub pushed
 * to a connected party (Receiver).
 */
class InMemoryClientInfos implements HubClientInfoSenderService, HubClientInfoReceiverService {
    final List<ClientInfo> own = new ArrayList<>();
    final Map<String, ClientInfo> received = new ConcurrentHashMap<>();

    @Override
    public PageResult<ClientInfo> clientInfos(RequestContext ctx, PageRequest page) {
        return PageResult.of(own, page, ClientInfo::lastUpdated);
    }

    @Override
    public Optional<ClientInfo> clientInfo(RequestContext ctx, CiString countryCode, CiString partyId) {
        return Optional.ofNullable(received.get(key(countryCode, partyId)));
    }

    @Override
    public Stored putClientInfo(RequestContext ctx, ClientInfo info) {
        ClientInfo old = received.put(key(info.countryCode(), info.partyId()), info);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    static String key(CiString countryCode, CiString partyId) {
        return (countryCode + "/" + partyId).toUpperCase(Locale.ROOT);
    }
}
