package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.server.internal.CredentialsFormat;
import io.github.ocpi4j.server.internal.Registrations;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * OCPI 2.3.0's Credentials object ({@code [[credentials_credentials_object]]}) for the credentials module.
 *
 * <p>2.3.0 has no role {@code HUB}: a Hub's platform names its own party in {@code hub_party_id} and lists the
 * parties it connects as its roles. ocpi4j keeps a 2.3.0 Hub as it keeps a 2.2.1 one, so that one set of rules holds
 * for both versions: its own party becomes the role {@code HUB} ({@link io.github.ocpi4j.server.RequestContext#isHub()}
 * is true, it may name others in routing headers and push client info), and the parties it lists are its roles,
 * whose objects it reads and writes. None of them may be another party's ({@code [[credentials_credentials_role_class]]}).
 * This side's credentials are written the same way: a role {@code HUB} among the server's roles becomes {@code
 * hub_party_id}, and the others the roles; or, when the host stated its roles in 2.3.0 terms (a PTP, which 2.2.1
 * cannot name), those roles as they are, without a Hub.
 */
final class V230Credentials implements CredentialsFormat<Credentials> {
    private static final String HUB = "HUB";

    private final @Nullable CiString hubPartyId;
    private final List<CredentialsRole> ours;

    /**
     * Creates the format of a server with these roles.
     *
     * @throws IllegalArgumentException when the roles have more than one {@code HUB}, none besides it, or one that
     *     2.3.0 cannot hold
     */
    V230Credentials(
            List<io.github.ocpi4j.model.v221.credentials.CredentialsRole> roles,
            java.util.Optional<List<CredentialsRole>> stated) {
        if (stated.isPresent()) {
            this.hubPartyId = null;
            this.ours = stated.get();
            return;
        }
        List<io.github.ocpi4j.model.v221.credentials.CredentialsRole> hubs =
                roles.stream().filter(r -> r.role().name().equals(HUB)).toList();
        if (hubs.size() > 1) {
            throw new IllegalArgumentException(
                    "roles: OCPI 2.3.0 credentials name one Hub (hub_party_id), not " + hubs.size());
        }
        this.hubPartyId = hubs.isEmpty()
                ? null
                : CiString.of(hubs.get(0).countryCode().value()
                        + hubs.get(0).partyId().value());
        List<CredentialsRole> converted = new ArrayList<>();
        for (io.github.ocpi4j.model.v221.credentials.CredentialsRole role : roles) {
            if (!role.role().name().equals(HUB)) {
                ReadResult<CredentialsRole> read =
                        OcpiJson.instance().read(OcpiJson.instance().write(role), CredentialsRole.class);
                if (!read.isValid()) {
                    throw new IllegalArgumentException(
                            "roles: " + role + " cannot be given in OCPI 2.3.0: " + read.violations());
                }
                converted.add(read.get());
            }
        }
        if (converted.isEmpty()) {
            throw new IllegalArgumentException("roles: OCPI 2.3.0 credentials need a role besides HUB: a Hub lists the"
                    + " parties it connects ([[credentials_credentials_object]])");
        }
        this.ours = List.copyOf(converted);
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
        List<Registrations.Claim> claims = new ArrayList<>(Registrations.claims(credentials.roles().stream()
                .map(r -> new PartyRole(r.role().name(), r.countryCode(), r.partyId()))
                .toList()));
        CiString hub = credentials.hubPartyId();
        if (hub != null) {
            String value = hub.value(); // a country code and a party id, checked by the model
            claims.add(new Registrations.Claim(
                    new PartyRole(HUB, CiString.of(value.substring(0, 2)), CiString.of(value.substring(2))),
                    "hub_party_id"));
        }
        return claims;
    }

    @Override
    public Credentials ours(@Nullable String token, String versionsUrl) {
        return new Credentials(token, versionsUrl, hubPartyId, ours);
    }
}
