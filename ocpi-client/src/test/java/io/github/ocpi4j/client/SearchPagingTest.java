package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * A list whose URL carries filters of its own, the search of BookingLocations in a time window ({@code
 * [[mod_bookings_get_booking_locations_request_parameters]]}), keeps them on every page, as the date filters are kept
 * ({@code [[transport_and_format_pagination]]}).
 */
class SearchPagingTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner partner = new MockPartner(server, List.of("2.3.0"), "bookings/SENDER");

    private static String location(String id) {
        return """
                {"country_code":"NL","party_id":"CPO","id":"%s","location_id":"LOC1",
                 "last_updated":"2024-05-01T00:00:00Z"}""".formatted(id);
    }

    @Test
    void theSearchWindowIsKeptWhenANextLinkLeavesItOut() {
        partner.on("/2.3.0/bookings/SENDER/booking_locations", request -> {
            HttpUrl url = request.getUrl();
            boolean first = url.queryParameter("offset") == null;
            MockResponse.Builder response = new MockResponse.Builder(
                            MockPartner.ok("[" + location(first ? "BL1" : "BL2") + "]"))
                    .setHeader("X-Total-Count", 2)
                    .setHeader("X-Limit", 1);
            if (first) {
                HttpUrl next = url.newBuilder()
                        .removeAllQueryParameters("timeslot_from")
                        .setQueryParameter("offset", "1")
                        .build();
                response.setHeader("Link", "<" + next + ">; rel=\"next\"");
            }
            return response.build();
        });

        List<String> found = OcpiClient.builder()
                .build()
                .connect(partner.versionsUrl(), "token")
                .v230()
                .bookingsSender()
                .bookingLocations(
                        ListQuery.all(), Instant.parse("2024-05-02T18:00:00Z"), Instant.parse("2024-05-02T19:00:00Z"))
                .map(l -> l.id().value())
                .toList();

        assertThat(found).containsExactly("BL1", "BL2");
        assertThat(partner.calls()).hasSize(2).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("timeslot_from")).isEqualTo("2024-05-02T18:00:00Z");
            assertThat(r.getUrl().queryParameter("timeslot_to")).isEqualTo("2024-05-02T19:00:00Z");
        });
    }
}
