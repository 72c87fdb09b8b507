package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The HubClientInfo Sender interface, typically a hub's ({@code [[mod_hub_client_info_hub_interface]]}): connected
 * parties pull the connection status of every party behind the hub.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface HubClientInfoSenderService {

    /** Returns one page of ClientInfo objects, oldest first. */
    PageResult<ClientInfo> clientInfos(RequestContext ctx, PageRequest page);
}
