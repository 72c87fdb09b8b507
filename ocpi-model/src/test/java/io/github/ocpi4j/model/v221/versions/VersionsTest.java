package io.github.ocpi4j.model.v221.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version, VersionDetails and Endpoint, with the open enumerations VersionNumber and ModuleID ({@code
 * [[version_information_endpoint_version_class]]}, {@code [[version_information_get_details_endpoint_data]]}, {@code
 * [[version_information_endpoint_endpoint_class]]}, {@code [[version_information_endpoint_moduleid_enum]]}).
 */
class VersionsTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void versionListKeepsVersionsNewerThanThisOne() {
        String body = """
                [{"version": "2.2.1", "url": "https://example.com/ocpi/2.2.1"},
                 {"version": "2.3.0", "url": "https://example.com/ocpi/2.3.0"}]""";

        ReadResult<List<Version>> result = json.read(body, OcpiType.listOf(Version.class));

        assertThat(result.violations()).isEmpty();
        assertThat(result.get())
                .extracting(Version::version)
                .extracting(VersionNumber::isKnown)
                .containsExactly(true, false);
        assertThat(result.get().get(0).version()).isSameAs(VersionNumber.V2_2_1);
        assertThat(json.writeString(result.get().get(1))).contains("\"version\":\"2.3.0\"");
    }

    @Test
    void versionWithRelativeUrlIsRejected() {
        Version version = Version.builder()
                .version(VersionNumber.V2_2_1)
                .url("/ocpi/2.2.1")
                .build();

        assertThat(json.validate(version))
                .containsExactly(new Violation("url", "URL: \"/ocpi/2.2.1\" is not an absolute URL"));
    }

    @Test
    void versionDetailsKeepCustomModules() {
        String body = """
                {"version": "2.2.1", "endpoints": [
                  {"identifier": "credentials", "role": "SENDER", "url": "https://example.com/ocpi/2.2.1/credentials"},
                  {"identifier": "nltnm-tokens", "role": "RECEIVER", "url": "https://example.com/ocpi/2.2.1/nltnm-tokens"}]}""";

        ReadResult<VersionDetails> result = json.read(body, VersionDetails.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().endpoints())
                .extracting(Endpoint::identifier)
                .containsExactly(ModuleID.CREDENTIALS, ModuleID.of("nltnm-tokens"));
        assertThat(result.get().endpoints().get(1).identifier().isKnown()).isFalse();
        assertThat(json.read(json.write(result.get()), VersionDetails.class).get())
                .isEqualTo(result.get());
    }

    @Test
    void versionDetailsWithoutEndpointsAreRejected() {
        assertThat(json.read("{\"version\": \"2.2.1\", \"endpoints\": []}", VersionDetails.class)
                        .violations())
                .containsExactly(new Violation("endpoints", "cardinality +: at least one element required"));
    }

    @Test
    void endpointNeedsIdentifierRoleAndUrl() {
        assertThat(json.read("{\"version\": \"2.2.1\", \"endpoints\": [{}]}", VersionDetails.class)
                        .violations())
                .containsExactlyInAnyOrder(
                        new Violation("endpoints[0].identifier", "required"),
                        new Violation("endpoints[0].role", "required"),
                        new Violation("endpoints[0].url", "required"));
    }

    @Test
    void moduleIdsOfThisVersionAreKnownInTheSpecificationsOrder() {
        assertThat(ModuleID.knownValues())
                .extracting(ModuleID::value)
                .containsExactly(
                        "cdrs",
                        "chargingprofiles",
                        "commands",
                        "credentials",
                        "hubclientinfo",
                        "locations",
                        "sessions",
                        "tariffs",
                        "tokens");
        assertThat(VersionNumber.knownValues())
                .extracting(VersionNumber::value)
                .containsExactly("2.0", "2.1", "2.1.1", "2.2", "2.2.1");
    }
}
