package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.Partner;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What is behind a {@link Partner}: the client's transport and pager, the token to call the partner with, the
 * agreed version and the partner's endpoints of it. A version's view ({@code V221}, {@code V230}) gets its module
 * clients' {@link ModuleCalls} here. Immutable and thread-safe.
 *
 * <p>A view is built from the public {@code Partner} alone, so that no public signature names an internal type:
 * {@code Partner} hands its connection out through the function it {@linkplain #bind binds} here while its class is
 * initialized, which is before any partner exists (the pattern of OkHttp 3's {@code okhttp3.internal.Internal}).
 */
public final class Connection {
    private static volatile @Nullable Function<Partner, Connection> ofPartner;

    private final Transport transport;
    private final Pager pager;
    private final Access access;
    private final String version;
    private final BiFunction<String, String, Optional<String>> endpoints;

    /**
     * Creates the connection.
     *
     * @param version the agreed OCPI version
     * @param endpoints the partner's endpoint URL of that version by module and interface role
     */
    public Connection(
            Transport transport,
            Pager pager,
            Access access,
            String version,
            BiFunction<String, String, Optional<String>> endpoints) {
        this.transport = transport;
        this.pager = pager;
        this.access = access;
        this.version = version;
        this.endpoints = endpoints;
    }

    /** Sets how a partner's connection is read; {@code Partner} calls it once, while its class is initialized. */
    public static void bind(Function<Partner, Connection> reader) {
        if (ofPartner != null) {
            throw new IllegalStateException("already bound");
        }
        ofPartner = reader;
    }

    /**
     * Returns the connection of a partner, after checking that the partner's agreed version is the one a view is
     * for.
     *
     * @throws IllegalStateException naming the agreed version, if it is another
     */
    public static Connection of(Partner partner, String version) {
        Objects.requireNonNull(partner, "partner");
        if (!partner.version().equals(version)) {
            throw new IllegalStateException("the version agreed with " + partner.versionsUrl() + " is "
                    + partner.version() + ", not " + version);
        }
        return Objects.requireNonNull(ofPartner, "Partner is not initialized").apply(partner);
    }

    /**
     * Returns the calls of the partner's endpoint of a module and interface role.
     *
     * @throws OcpiNegotiationException naming them, if the partner does not offer it
     */
    public ModuleCalls module(String module, String role) {
        String url = endpoints.apply(module, role).orElseThrow(() -> ModuleCalls.noEndpoint(module, role, version));
        return new ModuleCalls(transport, pager, access, version, module, role, url);
    }

    /**
     * Returns the calls of a module and interface role whose endpoint the partner may lack, such as the
     * ChargingProfiles Sender interface, whose results go to response URLs: a call to the endpoint itself fails
     * then with the {@link OcpiNegotiationException} of {@link #module}.
     */
    public ModuleCalls optionalModule(String module, String role) {
        return new ModuleCalls(
                transport,
                pager,
                access,
                version,
                module,
                role,
                endpoints.apply(module, role).orElse(null));
    }
}
