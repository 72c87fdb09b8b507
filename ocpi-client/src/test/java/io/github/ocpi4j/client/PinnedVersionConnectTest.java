package io.github.ocpi4j.client;

import static io.github.ocpi4j.client.MockPartner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connecting at one given version, as the receiving side of the credentials handshake does for the version of the
 * credentials endpoint that was called ({@code [[credentials_post_method]]}), whatever else the partner offers.
 */
class PinnedVersionConnectTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner partner = new MockPartner(server, "credentials/SENDER", "locations/SENDER");
    private final OcpiClient client = OcpiClient.builder().build();

    @BeforeEach
    void offerThreeVersions() {
        partner.on(
                "/versions",
                r -> ok("[{\"version\":\"2.1.1\",\"url\":\"" + server.url("/2.1.1") + "\"},"
                        + "{\"version\":\"2.2.1\",\"url\":\"" + server.url("/2.2.1") + "\"},"
                        + "{\"version\":\"2.3.0\",\"url\":\"" + server.url("/2.3.0") + "\"}]"));
        partner.on(
                "/2.3.0",
                r -> ok("{\"version\":\"2.3.0\",\"endpoints\":["
                        + "{\"identifier\":\"credentials\",\"role\":\"SENDER\",\"url\":\""
                        + server.url("/2.3.0/credentials") + "\"},"
                        + "{\"identifier\":\"tariffs\",\"role\":\"SENDER\",\"url\":\""
                        + server.url("/2.3.0/tariffs") + "\"}]}"));
    }

    @Test
    void readsTheEndpointsOfTheGivenVersionEvenWhenANewerOneIsOffered() {
        Partner connected = client.connect(partner.versionsUrl(), "token", false, CallOptions.NONE, "2.2.1");

        assertThat(connected.version()).isEqualTo("2.2.1");
        assertThat(connected.endpoint("locations", "SENDER")).contains(partner.url("locations/SENDER"));
        assertThat(connected.hasEndpoint("tariffs", "SENDER")).isFalse();
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions", "/2.2.1");
    }

    @Test
    void readsTheEndpointsOfANewerVersionWhenThatIsTheOneGiven() {
        Partner connected = client.connect(partner.versionsUrl(), "token", false, CallOptions.NONE, "2.3.0");

        assertThat(connected.version()).isEqualTo("2.3.0");
        assertThat(connected.endpoints())
                .containsExactly(
                        new PartyEndpoint(
                                "credentials",
                                "SENDER",
                                server.url("/2.3.0/credentials").toString()),
                        new PartyEndpoint(
                                "tariffs",
                                "SENDER",
                                server.url("/2.3.0/tariffs").toString()));
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions", "/2.3.0");
    }

    @Test
    void aVersionThePartnerDoesNotOfferFailsNamingWhatItOffersWithoutFetchingDetails() {
        assertThatThrownBy(() -> client.connect(partner.versionsUrl(), "token", false, CallOptions.NONE, "2.2"))
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessage(partner.versionsUrl() + " does not offer OCPI 2.2: it offers [2.1.1, 2.2.1, 2.3.0]");
        assertThat(partner.requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/versions");
    }
}
