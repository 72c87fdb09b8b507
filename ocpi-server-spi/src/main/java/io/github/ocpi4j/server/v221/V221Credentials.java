package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.server.internal.CredentialsFormat;
import io.github.ocpi4j.server.internal.Registrations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * OCPI 2.2.1's Credentials object ({@code [[credentials_credentials_object]]}) for the credentials module: its roles
 * are kept as they are, a Hub's role {@code HUB} included.
 */
final class V221Credentials implements CredentialsFormat<Credentials> {
    private final List<CredentialsRole> ours;

    V221Credentials(List<CredentialsRole> ours) {
        this.ours = List.copyOf(ours);
    }

    @Override
    public Class<Credentials> type() {
        return Credentials.class;
    }

    @Override
    public String token(Credentials credentials) {
        return credentials.token();
    }

    @Override
    public String url(Credentials credentials) {
        return credentials.url();
    }

    @Override
    public List<Registrations.Claim> roles(Credentials credentials) {
        return Registrations.claims(
                credentials.roles().stream().map(Registrations::role).toList());
    }

    @Override
    public Credentials ours(@Nullable String token, String versionsUrl) {
        return new Credentials(token, versionsUrl, ours);
    }
}
