package io.github.ocpi4j.model.v221.hubclientinfo;

/**
 * The status of the connection between a Hub and one of the parties connected to it.
 *
 * <p>Specification: {@code [[mod_hub_client_info_hub_connection_type_enum]]}.
 */
public enum ConnectionStatus {
    /** Party is connected. */
    CONNECTED,
    /** Party is currently not connected. */
    OFFLINE,
    /** Connection to this party is planned, but has never been connected. */
    PLANNED,
    /** Party is now longer active, will never connect anymore. */
    SUSPENDED
}
