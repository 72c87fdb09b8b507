package io.github.ocpi4j.model.v230.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The open enumerations of the OCPI 2.3.0 versions module ({@code [[version_information_endpoint_versionnumber_enum]]},
 * {@code [[version_information_endpoint_moduleid_enum]]}) and the forward compatibility of its objects.
 */
class VersionsTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void versionTwoThreeZeroIsAKnownVersionAndALaterOneIsKept() {
        String body = """
                [{"version": "2.3.0", "url": "https://example.com/ocpi/2.3.0"},
                 {"version": "2.4", "url": "https://example.com/ocpi/2.4"}]""";

        ReadResult<List<Version>> result = json.read(body, OcpiType.listOf(Version.class));

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().get(0).version()).isSameAs(VersionNumber.V2_3_0);
        assertThat(result.get().get(1).version().isKnown()).isFalse();
        assertThat(json.writeString(result.get().get(1))).contains("\"version\":\"2.4\"");
        assertThat(VersionNumber.knownValues())
                .extracting(VersionNumber::value)
                .containsExactly("2.0", "2.1", "2.1.1", "2.2", "2.2.1", "2.3.0");
    }

    @Test
    void paymentsAndBookingsAreKnownModulesBesideTheTableOfIdentifiers() {
        String body = """
                {"version": "2.3.0", "endpoints": [
                  {"identifier": "payments", "role": "RECEIVER", "url": "https://example.com/ocpi/2.3.0/payments"},
                  {"identifier": "bookings", "role": "SENDER", "url": "https://example.com/ocpi/2.3/bookings"}]}""";

        ReadResult<VersionDetails> result = json.read(body, VersionDetails.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().endpoints())
                .extracting(Endpoint::identifier)
                .containsExactly(ModuleID.PAYMENTS, ModuleID.BOOKINGS);
        assertThat(ModuleID.knownValues())
                .extracting(ModuleID::value)
                .containsExactly(
                        "bookings",
                        "cdrs",
                        "chargingprofiles",
                        "commands",
                        "credentials",
                        "hubclientinfo",
                        "locations",
                        "payments",
                        "sessions",
                        "tariffs",
                        "tokens");
    }

    @Test
    void theBookingsHeadingsSpellingIsKeptAsAnotherModule() {
        // [[mod_bookings_booking_module]] heads the module with "Booking"; its endpoint URLs say "bookings"
        ModuleID heading = json.read("\"Booking\"", ModuleID.class).get();

        assertThat(heading).isNotEqualTo(ModuleID.BOOKINGS);
        assertThat(heading.isKnown()).isFalse();
        assertThat(json.writeString(heading)).isEqualTo("\"Booking\"");
    }

    @Test
    void unknownFieldsOfVersionDetailsAndEndpointsAreAccepted() {
        String body = """
                {"version": "2.3.0", "vendor": {"name": "Example"}, "endpoints": [
                  {"identifier": "nltnm-tokens", "role": "SENDER", "url": "https://example.com/ocpi/2.3.0/x",
                   "since": "2025-01-01"}]}""";

        ReadResult<VersionDetails> result = json.read(body, VersionDetails.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().endpoints().get(0).identifier()).isEqualTo(ModuleID.of("nltnm-tokens"));
    }
}
