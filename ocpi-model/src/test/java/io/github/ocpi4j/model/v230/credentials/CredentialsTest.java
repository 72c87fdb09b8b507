package io.github.ocpi4j.model.v230.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.types.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCPI 2.3.0 Credentials and the Hub in them ({@code [[credentials_credentials_object]]}). */
class CredentialsTest {
    private final OcpiJson json = OcpiJson.instance();

    private static Credentials hub(String hubPartyId, CredentialsRole... roles) {
        return Credentials.builder()
                .token("0f3a2b1c")
                .url("https://hub.example.com/ocpi/versions")
                .hubPartyId(hubPartyId)
                .roles(List.of(roles))
                .build();
    }

    private static CredentialsRole role(Role role, String countryCode, String partyId) {
        return CredentialsRole.builder()
                .role(role)
                .countryCode(countryCode)
                .partyId(partyId)
                .businessDetails(
                        BusinessDetails.builder().name(partyId + " B.V.").build())
                .build();
    }

    @Test
    void aHubNamesItselfInHubPartyIdAndListsThePartiesItConnectsAsRoles() {
        String body = """
                {"token": "0f3a2b1c", "url": "https://hub.example.com/ocpi/versions", "hub_party_id": "DEHUB",
                 "roles": [{"role": "CPO", "party_id": "EXA", "country_code": "NL",
                            "business_details": {"name": "A"}},
                           {"role": "EMSP", "party_id": "EXB", "country_code": "BE",
                            "business_details": {"name": "B"}}]}""";

        ReadResult<Credentials> result = json.read(body, Credentials.class);

        assertThat(result.violations()).isEmpty();
        assertThat((Object) result.get().hubPartyId()).isEqualTo(CiString.of("dehub"));
        assertThat(result.get().roles()).extracting(CredentialsRole::role).containsExactly(Role.CPO, Role.EMSP);
        assertThat(json.writeString(result.get())).contains("\"hub_party_id\":\"DEHUB\"");
    }

    @Test
    void credentialsOfAPlatformThatIsNoHubLeaveHubPartyIdOut() {
        Credentials cpo = hub(null, role(Role.CPO, "NL", "EXA"));

        assertThat(json.validate(cpo)).isEmpty();
        assertThat(json.writeString(cpo)).doesNotContain("hub_party_id");
    }

    @Test
    void hubPartyIdIsACountryCodeFollowedByAPartyIdInFiveCharacters() {
        CredentialsRole cpo = role(Role.CPO, "NL", "EXA");

        assertThat(json.validate(hub("dehub", cpo))).isEmpty();
        assertThat(json.validate(hub("DEHUBS", cpo)))
                .containsExactlyInAnyOrder(
                        new Violation("hub_party_id", "CiString(5): 6 characters, at most 5 allowed"),
                        new Violation(
                                "hub_party_id",
                                "country code and party id: \"DEHUBS\" is not an ISO 3166-1 alpha-2 code followed by"
                                        + " 3 letters or digits"));
        assertThat(json.validate(hub("XXHUB", cpo))).extracting(Violation::path).containsExactly("hub_party_id");
        assertThat(json.validate(hub("DE-HB", cpo))).extracting(Violation::path).containsExactly("hub_party_id");
    }

    @Test
    void theHubRoleOfTwoTwoOneIsNoRoleOfTwoThreeZero() {
        String body = """
                {"token": "0f3a2b1c", "url": "https://hub.example.com/ocpi/versions",
                 "roles": [{"role": "HUB", "party_id": "HUB", "country_code": "DE",
                            "business_details": {"name": "H"}}]}""";

        // [[types_role_enum]] of 2.3.0 has no HUB
        assertThat(json.read(body, Credentials.class).violations())
                .containsExactly(new Violation(
                        "roles[0].role",
                        "enum Role: unknown value \"HUB\" (allowed: CPO, EMSP, NAP, NSP, OTHER, PTP, SCSP)"));
    }

    @Test
    void repeatedCombinationOfRolePartyAndCountryIsRejectedIgnoringCase() {
        Credentials credentials =
                hub("DEHUB", role(Role.CPO, "NL", "EXA"), role(Role.EMSP, "NL", "EXA"), role(Role.CPO, "nl", "exa"));

        assertThat(json.validate(credentials))
                .containsExactly(
                        new Violation("roles[2]", "role, party_id and country_code must be unique, same as roles[0]"));
    }

    @Test
    void unknownFieldsAreAccepted() {
        String body = """
                {"token": "0f3a2b1c", "url": "https://example.com/ocpi/versions", "certificate": "-----BEGIN",
                 "roles": [{"role": "NSP", "party_id": "NAV", "country_code": "SE", "region": "north",
                            "business_details": {"name": "Navigator", "vat_id": "SE123"}}]}""";

        ReadResult<Credentials> result = json.read(body, Credentials.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().roles().get(0).role()).isEqualTo(Role.NSP);
    }
}
