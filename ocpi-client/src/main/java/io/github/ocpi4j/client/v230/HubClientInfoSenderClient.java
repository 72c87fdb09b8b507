package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import java.util.stream.Stream;

/**
 * The partner's HubClientInfo Sender interface, typically a hub's ({@code [[mod_hub_client_info_hub_interface]]}):
 * the connection status of every party behind it.
 *
 * <pre>{@code
 * partner.v230().hubClientInfoSender().stream(ListQuery.all()).forEach(directory::update);
 * }</pre>
 */
public final class HubClientInfoSenderClient {

    private final ModuleCalls calls;

    HubClientInfoSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of ClientInfo objects. */
    public Page<ClientInfo> page(ListQuery query) {
        return calls.page(query, ClientInfo.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<ClientInfo> page(String url) {
        return calls.pageAt(url, ClientInfo.class);
    }

    /** Returns every ClientInfo of every page, fetched as the stream is consumed. */
    public Stream<ClientInfo> stream(ListQuery query) {
        return calls.stream(query, ClientInfo.class);
    }
}
