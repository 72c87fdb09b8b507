package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The HubClientInfo Receiver interface, implemented by parties connected to a hub ({@code
 * [[mod_hub_client_info_client_interface]]}): the hub pushes the connection status of the parties behind it. The
 * country code and party id of the URL are those of the party described, not of the hub.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface HubClientInfoReceiverService {

    /** Returns the ClientInfo of a party as this side stored it, or empty (HTTP 404). */
    Optional<ClientInfo> clientInfo(RequestContext ctx, CiString countryCode, CiString partyId);

    /** Stores a new or replaced ClientInfo. */
    Stored putClientInfo(RequestContext ctx, ClientInfo info);
}
