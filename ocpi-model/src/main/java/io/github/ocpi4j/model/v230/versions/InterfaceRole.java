package io.github.ocpi4j.model.v230.versions;

/**
 * The interface of a module that an endpoint implements: the data owner's Sender or the Receiver.
 *
 * <p>Specification: {@code [[version_information_endpoint_interface_role_enum]]}.
 */
public enum InterfaceRole {
    /** Served by the party that owns the data; the other side pulls from it. */
    SENDER,
    /** Served by the party that gets the data; the owner pushes to it. */
    RECEIVER
}
