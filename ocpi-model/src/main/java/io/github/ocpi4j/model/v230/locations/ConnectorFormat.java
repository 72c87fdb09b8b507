package io.github.ocpi4j.model.v230.locations;

/**
 * Whether a connector is a socket or a cable fixed to the charger.
 *
 * <p>Specification: {@code [[mod_locations_connectorformat_enum]]}.
 */
public enum ConnectorFormat {
    /** A socket: the driver brings a cable with a matching plug. */
    SOCKET,
    /** A cable fixed to the charger: the car needs a matching inlet. */
    CABLE
}
