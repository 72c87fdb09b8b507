package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 HubClientInfo Sender interface, typically a Hub's ({@code [[mod_hub_client_info_hub_interface]]}):
 * a connected party pulls whether the parties behind the Hub are reachable. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface HubClientInfoSenderService {

    /** Returns one page of ClientInfo objects, oldest first. */
    PageResult<ClientInfo> clientInfos(RequestContext ctx, PageRequest page);
}
