package io.github.ocpi4j.model.v221.locations;

/**
 * The format of the connector, whether it is a socket or a plug.
 *
 * <p>Specification: {@code [[mod_locations_connectorformat_enum]]}.
 */
public enum ConnectorFormat {
    /** The connector is a socket; the EV user needs to bring a fitting plug. */
    SOCKET,
    /** The connector is an attached cable; the EV users car needs to have a fitting inlet. */
    CABLE
}
