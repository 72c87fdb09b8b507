package io.github.ocpi4j.client;

import java.util.Objects;

/**
 * One endpoint of a party's version details: module, interface role and URL.
 *
 * @param module the module identifier, such as {@code locations}
 * @param role the interface role, {@code SENDER} or {@code RECEIVER}
 * @param url the URL of the endpoint
 */
public record PartyEndpoint(String module, String role, String url) {

    /** Checks the values. */
    public PartyEndpoint {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(url, "url");
    }
}
