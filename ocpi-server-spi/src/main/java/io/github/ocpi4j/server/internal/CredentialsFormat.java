package io.github.ocpi4j.server.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the credentials module of one OCPI version reads and writes ({@code [[credentials_credentials_object]]}): the
 * version's Credentials type, and how its roles become those the party store keeps. Everything else of the
 * handshake is the same in every version ({@link RouteTable#credentials}).
 *
 * @param <C> the version's Credentials type
 */
public interface CredentialsFormat<C> {

    /** Returns the version's Credentials type, which the POST and PUT read. */
    Class<C> type();

    /** Returns the token this side is to use when it calls the partner. */
    String token(C credentials);

    /** Returns the partner's versions URL. */
    String url(C credentials);

    /**
     * Returns the roles the credentials claim for the partner, each with the JSON path it was read from; a Hub's own
     * party comes as the role {@code HUB}, as {@link io.github.ocpi4j.server.RequestContext#isHub()} reads it.
     */
    List<Registrations.Claim> roles(C credentials);

    /**
     * Returns this side's credentials, with this side's roles.
     *
     * @param token the token the partner is to use when it calls this side
     * @param versionsUrl this side's versions URL
     */
    C ours(@Nullable String token, String versionsUrl);
}
