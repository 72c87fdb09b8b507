package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 HubClientInfo Receiver interface, of a party connected to a Hub ({@code
 * [[mod_hub_client_info_client_interface]]}): the Hub pushes whether the parties it connects are reachable. The
 * URL's country code and party id name the party described, not the Hub. Only a Hub may call it: in 2.3.0 a
 * platform is one when its credentials name a {@code hub_party_id} ({@link
 * io.github.ocpi4j.server.RequestContext#isHub()}). Called from many threads at once.
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
