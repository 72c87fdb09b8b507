package io.github.ocpi4j.model.v221.versions;

/**
 * The interface of a module that an endpoint implements: the data owner's Sender or the Receiver.
 *
 * <p>Specification: {@code [[version_information_endpoint_interface_role_enum]]}.
 */
public enum InterfaceRole {
    /**
     * Sender Interface implementation. Interface implemented by the owner of data, so the Receiver can Pull
     * information from the data Sender/owner.
     */
    SENDER,
    /**
     * Receiver Interface implementation. Interface implemented by the receiver of data, so the Sender/owner can Push
     * information to the Receiver.
     */
    RECEIVER
}
