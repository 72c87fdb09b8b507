package io.github.ocpi4j.model.v221.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credentials and CredentialsRole ({@code [[credentials_credentials_object]]}, {@code [[credentials_credentials_role_class]]}). */
class CredentialsTest {
    private final OcpiJson json = OcpiJson.instance();

    private static CredentialsRole role(Role role, String countryCode, String partyId) {
        return CredentialsRole.builder()
                .role(role)
                .countryCode(countryCode)
                .partyId(partyId)
                .businessDetails(BusinessDetails.builder().name("Example").build())
                .build();
    }

    private static Credentials credentials(CredentialsRole... roles) {
        return Credentials.builder()
                .token("ebf3b399-779f-4497-9b9d-ac6ad3cc44d2")
                .url("https://example.com/ocpi/versions")
                .roles(List.of(roles))
                .build();
    }

    @Test
    void credentialsWithOneRoleAreValid() {
        assertThat(json.validate(credentials(role(Role.CPO, "NL", "EXA")))).isEmpty();
    }

    @Test
    void credentialsWithoutRolesAreRejected() {
        assertThat(json.validate(credentials()))
                .containsExactly(new Violation("roles", "cardinality +: at least one element required"));
    }

    @Test
    void sameRoleForSeveralPartiesIsValid() {
        Credentials whiteLabel =
                credentials(role(Role.CPO, "NL", "EXO"), role(Role.CPO, "NL", "PFC"), role(Role.CPO, "BE", "EXO"));

        assertThat(json.validate(whiteLabel)).isEmpty();
    }

    @Test
    void samePartyInSeveralRolesIsValid() {
        assertThat(json.validate(credentials(role(Role.CPO, "NL", "EXA"), role(Role.EMSP, "NL", "EXA"))))
                .isEmpty();
    }

    @Test
    void repeatedCombinationOfRolePartyAndCountryIsRejected() {
        Credentials credentials =
                credentials(role(Role.CPO, "NL", "EXA"), role(Role.EMSP, "NL", "EXA"), role(Role.CPO, "NL", "EXA"));

        assertThat(json.validate(credentials))
                .containsExactly(
                        new Violation("roles[2]", "role, party_id and country_code must be unique, same as roles[0]"));
    }

    @Test
    void partyAndCountryAreComparedIgnoringCase() {
        Credentials credentials = credentials(role(Role.EMSP, "NL", "EXA"), role(Role.EMSP, "nl", "exa"));

        assertThat(json.validate(credentials))
                .containsExactly(
                        new Violation("roles[1]", "role, party_id and country_code must be unique, same as roles[0]"));
    }

    @Test
    void hubReportingOnlyItselfIsValid() {
        assertThat(json.validate(credentials(role(Role.HUB, "DE", "HUB")))).isEmpty();
    }

    @Test
    void hubReportingOtherRolesIsRejected() {
        Credentials credentials =
                credentials(role(Role.CPO, "NL", "EXA"), role(Role.HUB, "DE", "HUB"), role(Role.EMSP, "NL", "EXB"));

        assertThat(json.validate(credentials))
                .containsExactly(
                        new Violation("roles[0].role", "a Hub reports only the role HUB, was CPO"),
                        new Violation("roles[2].role", "a Hub reports only the role HUB, was EMSP"));
    }

    @Test
    void rolesAreValidatedInDepth() {
        String body = """
                {"token": "abc", "url": "https://example.com/ocpi/versions",
                 "roles": [{"role": "CPO", "party_id": "EXAM", "country_code": "XX", "business_details": {}}]}""";

        assertThat(json.read(body, Credentials.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("roles[0].party_id", "CiString(3): 4 characters, at most 3 allowed"),
                        new Violation("roles[0].party_id", "ISO 15118 party id: \"EXAM\" is not 3 letters or digits"),
                        new Violation("roles[0].country_code", "ISO 3166-1 alpha-2: \"XX\" is not a country code"),
                        new Violation("roles[0].business_details.name", "required"));
    }

    @Test
    void tokenLongerThan64CharactersIsRejected() {
        Credentials credentials = credentials(role(Role.CPO, "NL", "EXA")).toBuilder()
                .token("t".repeat(65))
                .build();

        assertThat(json.validate(credentials))
                .containsExactly(new Violation("token", "string(64): 65 characters, at most 64 allowed"));
    }

    @Test
    void tokenWithASpaceIsOnlyAdvisedAgainst() {
        Credentials credentials = credentials(role(Role.CPO, "NL", "EXA")).toBuilder()
                .token("token with spaces")
                .build();

        assertThat(json.validate(credentials)).isEmpty();
    }

    @Test
    void urlMustBeAnAbsoluteUrl() {
        Credentials credentials = credentials(role(Role.CPO, "NL", "EXA")).toBuilder()
                .url("/ocpi/versions")
                .build();

        assertThat(json.validate(credentials))
                .containsExactly(new Violation("url", "URL: \"/ocpi/versions\" is not an absolute URL"));
    }

    @Test
    void credentialsAreReadAndWrittenBack() {
        String body = """
                {"token": "9e80a9c4", "url": "https://ocpi.example.com/versions",
                 "roles": [{"role": "SCSP", "party_id": "EXA", "country_code": "NL",
                            "business_details": {"name": "Example Smart Charging"}}]}""";

        ReadResult<Credentials> result = json.read(body, Credentials.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().roles()).extracting(CredentialsRole::role).containsExactly(Role.SCSP);
        assertThat(json.read(json.write(result.get()), Credentials.class).get()).isEqualTo(result.get());
    }
}
