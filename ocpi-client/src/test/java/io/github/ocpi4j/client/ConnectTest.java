package io.github.ocpi4j.client;

import static io.github.ocpi4j.client.MockPartner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.Violation;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Version negotiation and endpoint discovery, {@code [[version_information_endpoint_versions_module]]}. */
class ConnectTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner partner =
            new MockPartner(server, "credentials/SENDER", "locations/SENDER", "tokens/RECEIVER");
    private final OcpiClient client = OcpiClient.builder().build();

    @Test
    void choosesTheHighestVersionBothSidesSpeakAndReadsItsEndpoints() {
        partner.on(
                "/versions",
                r -> ok("[{\"version\":\"2.1.1\",\"url\":\"" + server.url("/2.1.1") + "\"},"
                        + "{\"version\":\"2.2.1\",\"url\":\"" + server.url("/2.2.1") + "\"},"
                        + "{\"version\":\"3.0\",\"url\":\"" + server.url("/3.0") + "\"}]"));

        Partner connected = client.connect(partner.versionsUrl(), "token");

        assertThat(connected.version()).isEqualTo("2.2.1");
        assertThat(connected.endpoint("locations", "SENDER")).contains(partner.url("locations/SENDER"));
        assertThat(connected.hasEndpoint("tokens", "RECEIVER")).isTrue();
        assertThat(connected.hasEndpoint("tokens", "SENDER")).isFalse();
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions", "/2.2.1");
    }

    @Test
    void noCommonVersionNamesWhatEachSideSpeaks() {
        partner.on("/versions", r -> ok("[{\"version\":\"2.1.1\",\"url\":\"" + server.url("/2.1.1") + "\"}]"));

        assertThatThrownBy(() -> client.connect(partner.versionsUrl(), "token"))
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage(partner.versionsUrl() + " offers [2.1.1], ocpi4j speaks [2.3.0, 2.2.1]");
    }

    @Test
    void missingEndpointIsNamedWhenItsClientIsAskedFor() {
        Partner connected = client.connect(partner.versionsUrl(), "token");

        assertThatThrownBy(() -> connected.v221().cdrsReceiver())
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage("the partner has no cdrs RECEIVER endpoint in OCPI 2.2.1");
    }

    @Test
    void anEndpointWithoutUrlIsNotOfferedEvenToALenientClient() {
        // [[version_information_endpoint_endpoint_class]]: url is required; a lenient client lets the details
        // through, but the endpoint cannot be called, so its client fails as for one the partner lacks
        partner.on(
                "/2.2.1",
                r -> ok("{\"version\":\"2.2.1\",\"endpoints\":["
                        + "{\"identifier\":\"locations\",\"role\":\"SENDER\",\"url\":\""
                        + partner.url("locations/SENDER") + "\"},"
                        + "{\"identifier\":\"cdrs\",\"role\":\"RECEIVER\"}]}"));
        List<List<Violation>> reported = new ArrayList<>();
        OcpiClient lenient =
                OcpiClient.builder().lenient((url, id, v) -> reported.add(v)).build();

        Partner connected = lenient.connect(partner.versionsUrl(), "token");

        assertThat(reported).isNotEmpty();
        assertThat(connected.endpoints())
                .containsExactly(new PartyEndpoint("locations", "SENDER", partner.url("locations/SENDER")));
        assertThatThrownBy(() -> connected.v221().cdrsReceiver())
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage("the partner has no cdrs RECEIVER endpoint in OCPI 2.2.1");
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(OcpiClient.compareVersions("2.2.1", "2.2")).isPositive();
        assertThat(OcpiClient.compareVersions("2.10", "2.9")).isPositive();
        assertThat(OcpiClient.compareVersions("2.1.1", "2.2")).isNegative();
        assertThat(OcpiClient.compareVersions("2.2.1", "2.2.1")).isZero();
    }

    @Test
    void partnerFromTheStoreNeedsAFinishedRegistration() {
        assertThatThrownBy(() -> client.partner(Party.pending("p", "token-a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has not finished registration");
    }
}
