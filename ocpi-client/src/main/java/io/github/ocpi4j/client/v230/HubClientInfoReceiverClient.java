package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import java.util.Optional;

/**
 * The partner's HubClientInfo Receiver interface, implemented by every party connected to a hub ({@code
 * [[mod_hub_client_info_client_interface]]}): this side, the hub, tells it which parties are connected.
 *
 * <pre>{@code
 * partner.v230().hubClientInfoReceiver().put(clientInfo);
 * }</pre>
 */
public final class HubClientInfoReceiverClient {

    private final ModuleCalls calls;

    HubClientInfoReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns the ClientInfo of a party as the partner stored it. */
    public Optional<ClientInfo> clientInfo(String countryCode, String partyId) {
        return calls.find(calls.url(countryCode, partyId), ClientInfo.class);
    }

    /** Pushes the connection status of a party. */
    public void put(ClientInfo info) {
        ClientInfo checked = calls.valid(info);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId()), checked, true);
    }
}
