package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The headers of paginated responses, {@code [[transport_and_format_paginated_response]]}. */
class PagingHeadersTest {
    private final InMemoryLocations locations = new InMemoryLocations();
    private final ServerFixture fixture = new ServerFixture(s -> s.locationsSender(locations));

    @BeforeEach
    void locations() {
        Location template = OcpiJson.instance()
                .read(example("location_example.json"), Location.class)
                .get();
        IntStream.range(0, 250)
                .forEach(i -> locations.own.add(template.toBuilder()
                        .id(String.format("LOC%03d", i))
                        .lastUpdated(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 60L))
                        .build()));
    }

    @Test
    void firstPageLinksToTheNextWithTheServersLimit() {
        OcpiHttpResponse first = fixture.call("GET", "2.2.1/sender/locations", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(json(first).get("data")).hasSize(100);
        assertThat(first.header("X-Total-Count")).isEqualTo("250");
        assertThat(first.header("X-Limit")).isEqualTo("100");
        assertThat(first.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/locations?offset=100&limit=100>; rel=\"next\"");
    }

    @Test
    void middlePageLinksOnwardsAndLastPageHasNoLink() {
        OcpiHttpResponse middle = fixture.call("GET", "2.2.1/sender/locations?offset=100&limit=100", null);
        OcpiHttpResponse last = fixture.call("GET", "2.2.1/sender/locations?offset=200&limit=100", null);

        assertThat(json(middle).get("data").get(0).get("id").asText()).isEqualTo("LOC100");
        assertThat(middle.header("Link")).contains("offset=200&limit=100");
        assertThat(json(last).get("data")).hasSize(50);
        assertThat(last.header("X-Total-Count")).isEqualTo("250");
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void limitAboveTheServersMaximumIsCapped() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations?limit=2000", null);

        assertThat(json(response).get("data")).hasSize(100);
        assertThat(response.header("X-Limit")).isEqualTo("100");
        assertThat(response.header("Link")).contains("offset=100&limit=100");
    }

    @Test
    void smallerLimitIsHonouredAndKept() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations?limit=10", null);

        assertThat(json(response).get("data")).hasSize(10);
        assertThat(response.header("X-Limit")).isEqualTo("10");
        assertThat(response.header("Link")).contains("offset=10&limit=10");
    }

    @Test
    void dateFiltersSelectByLastUpdatedAndAreCarriedIntoTheNextLink() {
        String query = "date_from=2024-01-01T01:00:00Z&date_to=2024-01-01T03:00:00Z&limit=50";

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations?" + query, null);

        assertThat(response.header("X-Total-Count")).isEqualTo("120"); // minutes 60 to 179
        assertThat(json(response).get("data").get(0).get("id").asText()).isEqualTo("LOC060");
        assertThat(response.header("Link"))
                .isEqualTo(
                        "<https://cpo.example.com/ocpi/2.2.1/sender/locations?"
                                + "date_from=2024-01-01T01:00:00Z&date_to=2024-01-01T03:00:00Z&offset=50&limit=50>; rel=\"next\"");
    }

    @Test
    void offsetBeyondTheEndGivesAnEmptyLastPage() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations?offset=900", null);

        assertThat(json(response).get("data")).isEmpty();
        assertThat(response.header("X-Total-Count")).isEqualTo("250");
        assertThat(response.header("Link")).isNull();
    }

    @Test
    void invalidPagingParametersAre2001() {
        assertThat(statusCode(fixture.call("GET", "2.2.1/sender/locations?offset=-1", null)))
                .isEqualTo(2001);
        assertThat(statusCode(fixture.call("GET", "2.2.1/sender/locations?limit=ten", null)))
                .isEqualTo(2001);
        assertThat(statusCode(fixture.call("GET", "2.2.1/sender/locations?limit=0", null)))
                .isEqualTo(2001);
        assertThat(json(fixture.call("GET", "2.2.1/sender/locations?date_from=yesterday", null))
                        .get("status_message")
                        .asText())
                .startsWith("date_from: DateTime: \"yesterday\" is not an RFC 3339");
    }
}
