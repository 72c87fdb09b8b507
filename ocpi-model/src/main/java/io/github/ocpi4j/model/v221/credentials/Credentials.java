package io.github.ocpi4j.model.v221.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.RuleChecks;
import io.github.ocpi4j.model.v221.types.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The credentials a platform gives another to access it: a token, its versions URL and the roles it provides.
 *
 * <p>No two roles may share the same {@code role}, {@code party_id} and {@code country_code}, but one platform may
 * hold a role several times under different parties (a CPO serving white-label CPOs, say). A Hub lists only itself,
 * as {@code HUB}; the parties behind it are published through the HubClientInfo module.
 *
 * <pre>{@code
 * Credentials credentials = Credentials.builder()
 *         .token("ebf3b399-779f-4497-9b9d-ac6ad3cc44d2")
 *         .url("https://example.com/ocpi/versions")
 *         .roles(List.of(CredentialsRole.builder()
 *                 .role(Role.CPO)
 *                 .partyId("EXA")
 *                 .countryCode("NL")
 *                 .businessDetails(BusinessDetails.builder().name("Example Operator").build())
 *                 .build()))
 *         .build();
 * }</pre>
 *
 * <p>The specification advises (with a lowercase "should") that the token holds only printable non-whitespace
 * ASCII; as that is not a requirement, validation checks only that it is a string of at most 64 characters.
 *
 * <p>Specification: {@code [[credentials_credentials_object]]}.
 *
 * @param token {@code token}: the token the other party must present when it calls the issuer of these credentials,
 *     at most 64 characters; required. Best kept to visible ASCII (U+0021 to U+007E).
 * @param url {@code url}: the issuer's versions endpoint, at most 255 characters; required.
 * @param roles {@code roles}: the roles the issuer plays; at least one.
 */
@GenerateBuilder
public record Credentials(
        @JsonProperty("token") @NotNull @Size(max = 64) String token,
        @JsonProperty("url") @NotNull @Size(max = 255) @Url String url,
        @JsonProperty("roles") @NotEmpty List<@Valid CredentialsRole> roles)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Credentials {
        roles = Lists.copyOf(roles);
    }

    /**
     * Checks that no two roles repeat the same {@code role}, {@code party_id} and {@code country_code} (the
     * CiStrings compared ignoring case), and that a Hub lists itself only as {@code HUB} ({@code
     * [[credentials_credentials_object]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.unique(
                roles,
                r -> r.role() == null || r.partyId() == null || r.countryCode() == null
                        ? null
                        : List.of(r.role(), r.partyId(), r.countryCode()),
                "roles",
                "role, party_id and country_code must be unique",
                reporter);
        boolean hub = roles.stream().anyMatch(r -> r != null && r.role() == Role.HUB);
        if (hub) {
            for (int i = 0; i < roles.size(); i++) {
                CredentialsRole role = roles.get(i);
                if (role != null && role.role() != null && role.role() != Role.HUB) {
                    reporter.report("roles[" + i + "].role", "a Hub reports only the role HUB, was " + role.role());
                }
            }
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Credentials} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CredentialsBuilderBase {
        private Builder() {}
    }
}
