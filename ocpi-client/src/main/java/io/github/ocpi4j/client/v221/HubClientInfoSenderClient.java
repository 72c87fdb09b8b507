package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import java.util.stream.Stream;

/**
 * The partner's HubClientInfo Sender interface, typically a hub's ({@code [[mod_hub_client_info_hub_interface]]}):
 * the connection status of every party behind it.
 *
 * <pre>{@code
 * partner.v221().hubClientInfoSender().stream(ListQuery.all()).forEach(directory::update);
 * }</pre>
 */
public final class HubClientInfoSenderClient extends ModuleClient {

    HubClientInfoSenderClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Returns one page of ClientInfo objects. */
    public Page<ClientInfo> page(ListQuery query) {
        return page(query, ClientInfo.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<ClientInfo> page(String url) {
        return pageAt(url, ClientInfo.class);
    }

    /** Returns every ClientInfo of every page, fetched as the stream is consumed. */
    public Stream<ClientInfo> stream(ListQuery query) {
        return stream(query, ClientInfo.class);
    }
}
