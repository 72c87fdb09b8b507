package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which version the client agrees on with a partner that offers 2.3.0, 2.2.1 or both, with and without a cap
 * ({@code [[version_information_endpoint_versions_module]]}: each side lists its versions, the client picks one both
 * speak and reads that version's details), and which view of the modules it opens.
 */
class NegotiationTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private static OcpiClient client(String cap) {
        OcpiClient.Builder builder = OcpiClient.builder();
        return cap.isEmpty() ? builder.build() : builder.maxVersion(cap).build();
    }

    @ParameterizedTest(name = "partner offers [{0}], cap [{1}]: {2}")
    @CsvSource({
        "2.3.0,             ,      2.3.0",
        "2.2.1,             ,      2.2.1",
        "2.1.1 2.2.1 2.3.0, ,      2.3.0",
        "2.3.0 2.2.1,       ,      2.3.0",
        "2.2.1 2.3.0,       2.2.1, 2.2.1",
        "2.2.1 2.3.0,       2.3.0, 2.3.0",
        "2.2.1,             2.3.0, 2.2.1",
    })
    void agreesOnTheHighestVersionBothSidesSpeakUpToTheCapAndReadsOnlyItsDetails(
            String offered, String cap, String agreed) {
        MockPartner partner = new MockPartner(server, List.of(offered.split(" ")), "locations/SENDER");

        Partner connected = client(cap == null ? "" : cap).connect(partner.versionsUrl(), "token");

        assertThat(connected.version()).isEqualTo(agreed);
        assertThat(connected.endpoint("locations", "SENDER")).contains(partner.url(agreed, "locations/SENDER"));
        assertThat(partner.requests)
                .extracting(r -> r.getUrl().encodedPath())
                .containsExactly("/versions", "/" + agreed);
    }

    @Test
    void aPartnerOf230OpensTheView230AndRefusesTheView221NamingTheAgreedVersion() {
        MockPartner partner = new MockPartner(server, List.of("2.3.0"), "locations/SENDER");

        Partner connected = client("").connect(partner.versionsUrl(), "token");

        assertThat(connected.v230().locationsSender()).isNotNull();
        assertThatThrownBy(connected::v221)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the version agreed with " + partner.versionsUrl() + " is 2.3.0, not 2.2.1");
    }

    @Test
    void aPartnerOf221OpensTheView221AndRefusesTheView230NamingTheAgreedVersion() {
        MockPartner partner = new MockPartner(server, List.of("2.2.1"), "locations/SENDER");

        Partner connected = client("").connect(partner.versionsUrl(), "token");

        assertThat(connected.v221().locationsSender()).isNotNull();
        assertThatThrownBy(connected::v230)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the version agreed with " + partner.versionsUrl() + " is 2.2.1, not 2.3.0");
    }

    @Test
    void aMissingEndpointIsNamedWithTheAgreedVersion() {
        MockPartner partner = new MockPartner(server, List.of("2.3.0"), "locations/SENDER");

        Partner connected = client("").connect(partner.versionsUrl(), "token");

        assertThatThrownBy(() -> connected.v230().cdrsReceiver())
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage("the partner has no cdrs RECEIVER endpoint in OCPI 2.3.0");
    }

    @Test
    void aCappedClientAndAPartnerOfOnlyNewerVersionsHaveNoneInCommon() {
        MockPartner partner = new MockPartner(server, List.of("2.3.0"), "locations/SENDER");

        assertThatThrownBy(() -> client("2.2.1").connect(partner.versionsUrl(), "token"))
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage(partner.versionsUrl()
                        + " offers [2.3.0], ocpi4j speaks [2.2.1] (OcpiClient.Builder.maxVersion 2.2.1)");
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions");
    }

    @Test
    void aPartnerOfOnlyOlderVersionsHasNoneInCommon() {
        MockPartner partner = new MockPartner(server, List.of("2.1.1", "2.2"), "locations/SENDER");

        assertThatThrownBy(() -> client("").connect(partner.versionsUrl(), "token"))
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage(partner.versionsUrl() + " offers [2.1.1, 2.2], ocpi4j speaks [2.3.0, 2.2.1]");
    }

    @Test
    void aConnectionPinnedTo221OfAPartnerOfBothOpensTheView221Only() {
        MockPartner partner = new MockPartner(server, List.of("2.2.1", "2.3.0"), "locations/SENDER");

        Partner connected = client("").connect(partner.versionsUrl(), "token", false, CallOptions.NONE, "2.2.1");

        assertThat(connected.version()).isEqualTo("2.2.1");
        assertThat(connected.v221().locationsSender()).isNotNull();
        assertThatThrownBy(connected::v230).isInstanceOf(IllegalStateException.class);
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions", "/2.2.1");
    }

    @Test
    void aClientCappedAt221CannotBePinnedTo230AndFetchesNoDetails() {
        MockPartner partner = new MockPartner(server, List.of("2.2.1", "2.3.0"), "locations/SENDER");

        assertThatThrownBy(
                        () -> client("2.2.1").connect(partner.versionsUrl(), "token", false, CallOptions.NONE, "2.3.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this client speaks [2.2.1] (OcpiClient.Builder.maxVersion 2.2.1), not 2.3.0");
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions");
    }

    @Test
    void theCapIsOneOfTheSupportedVersions() {
        assertThat(OcpiClient.SUPPORTED_VERSIONS).containsExactly("2.3.0", "2.2.1");
        assertThatThrownBy(() -> OcpiClient.builder().maxVersion("2.1.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxVersion: ocpi4j speaks [2.3.0, 2.2.1], not 2.1.1");
    }

    @Test
    void aStoredPartyOf230IsAPartnerOf230() {
        Party party = new Party(
                "cpo",
                Party.Status.REGISTERED,
                "token-b",
                "token-c",
                "https://cpo.example.com/ocpi/versions",
                "2.3.0",
                List.of(),
                List.of(new PartyEndpoint("locations", "SENDER", "https://cpo.example.com/ocpi/2.3.0/locations")),
                false);

        Partner partner = client("").partner(party);

        assertThat(partner.version()).isEqualTo("2.3.0");
        assertThat(partner.v230().locationsSender()).isNotNull();
    }
}
