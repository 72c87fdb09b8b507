package io.github.ocpi4j.model.v230.hubclientinfo;

/**
 * The status of the connection between a Hub and one of the parties connected to it.
 *
 * <p>Specification: {@code [[mod_hub_client_info_hub_connection_type_enum]]}.
 */
public enum ConnectionStatus {
    /** The party is online. */
    CONNECTED,
    /** The party is unreachable for now. */
    OFFLINE,
    /** The party is expected but has not connected yet. */
    PLANNED,
    /** The party has left for good and will not come back. */
    SUSPENDED
}
