package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.data;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one pipeline every request takes: authentication, routing, body, the host's service, the envelope; and the
 * status semantics of {@code [[status_codes_status_codes]]} and {@code [[transport_and_format_transport_and_format]]}.
 */
class PipelineTest {
    private final InMemoryLocations locations = new InMemoryLocations();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.locationsSender(locations).locationsReceiver(locations));
    private final String location =
            example("location_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");

    @Test
    void requestWithoutTokenIsUnauthorizedWithAnOcpiBody() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations", null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(statusCode(response)).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo(
                        "missing Authorization header: send Authorization: Token followed by your credentials token in Base64");
        assertThat(json(response).get("timestamp").asText()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void unknownTokenIsUnauthorized() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations", null, "who-am-i");

        assertThat(response.status()).isEqualTo(401);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo(
                        "unknown credentials token: a token A serves one registration only, and the credentials that registration answered hold the token to use from then on; use that one, or ask this platform for a new token A");
    }

    @Test
    void plainTokenIsAcceptedOnlyFromPartiesAllowedIt() {
        OcpiHttpRequest plain = OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/versions")
                .header("Authorization", CredentialsTokens.header(TOKEN, true))
                .build();

        assertThat(fixture.server.handle(plain).status()).isEqualTo(401);

        fixture.parties.save(fixture.parties.findById("emsp").orElseThrow().withPlainTokenAllowed(true));
        assertThat(fixture.server.handle(plain).status()).isEqualTo(200);
    }

    @Test
    void tokenAOpensOnlyVersionsAndCredentials() {
        assertThat(fixture.call("GET", "versions", null, TOKEN_A).status()).isEqualTo(200);
        assertThat(fixture.call("GET", "2.2.1", null, TOKEN_A).status()).isEqualTo(200);
        assertThat(fixture.call("GET", "2.2.1/credentials", null, TOKEN_A).status())
                .isEqualTo(200);

        OcpiHttpResponse locations = fixture.call("GET", "2.2.1/sender/locations", null, TOKEN_A);
        assertThat(locations.status()).isEqualTo(401);
        assertThat(json(locations).get("status_message").asText()).startsWith("registration is not finished");
    }

    @Test
    void versionsListTheVersionThisServerSpeaks() {
        OcpiHttpResponse response = fixture.call("GET", "versions", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response))
                .isEqualTo("[{\"version\":\"2.2.1\",\"url\":\"https://cpo.example.com/ocpi/2.2.1\"}]");
    }

    @Test
    void baseUrlWithATrailingSlashGivesTheSameUrls() {
        ServerFixture slash = new ServerFixture(s -> {}, b -> b.baseUrl("https://cpo.example.com/ocpi/"));

        assertThat(slash.server.versionsUrl()).isEqualTo("https://cpo.example.com/ocpi/versions");
        assertThat(data(slash.call("GET", "versions", null)))
                .isEqualTo("[{\"version\":\"2.2.1\",\"url\":\"https://cpo.example.com/ocpi/2.2.1\"}]");
    }

    @Test
    void versionDetailsListCredentialsAndEachRegisteredModuleAndRole() {
        JsonNode endpoints =
                json(fixture.call("GET", "2.2.1", null)).get("data").get("endpoints");

        assertThat(endpoints.toString())
                .isEqualTo("[{\"identifier\":\"credentials\",\"role\":\"SENDER\","
                        + "\"url\":\"https://cpo.example.com/ocpi/2.2.1/credentials\"},"
                        + "{\"identifier\":\"locations\",\"role\":\"SENDER\","
                        + "\"url\":\"https://cpo.example.com/ocpi/2.2.1/sender/locations\"},"
                        + "{\"identifier\":\"locations\",\"role\":\"RECEIVER\","
                        + "\"url\":\"https://cpo.example.com/ocpi/2.2.1/receiver/locations\"}]");
    }

    @Test
    void unknownPathIsNotFound() {
        assertThat(fixture.call("GET", "2.2.1/sender/tariffs", null).status()).isEqualTo(404);
        assertThat(fixture.call("GET", "2.1.1", null).status()).isEqualTo(404);
        OcpiHttpResponse outside = fixture.server.handle(OcpiHttpRequest.builder()
                .method("GET")
                .target("/other/versions")
                .header("Authorization", CredentialsTokens.header(TOKEN, false))
                .build());
        assertThat(outside.status()).isEqualTo(404);
        assertThat(statusCode(outside)).isEqualTo(2000);
    }

    @Test
    void methodTheModuleDoesNotHaveIsNotAllowed() {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/sender/locations", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("POST is not allowed here: this endpoint takes GET");
    }

    @Test
    void malformedJsonIsBadRequest() {
        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", "{\"id\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText()).startsWith("$: malformed JSON");
        assertThat(locations.received).isEmpty();
    }

    @Test
    void validJsonThatBreaksTheModelIs2001WithEveryViolationsPath() {
        String broken = location.replace("\"Gent Zuid\"", "\"" + "x".repeat(256) + "\"")
                .replace("\"max_voltage\": 220", "\"max_voltage\": \"220\"");

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", broken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo("[{\"path\":\"evses[0].connectors[0].max_voltage\","
                        + "\"rule\":\"type: expected an integer, was a string\"},"
                        + "{\"path\":\"evses[0].connectors[1].max_voltage\","
                        + "\"rule\":\"type: expected an integer, was a string\"},"
                        + "{\"path\":\"evses[1].connectors[0].max_voltage\","
                        + "\"rule\":\"type: expected an integer, was a string\"},"
                        + "{\"path\":\"name\",\"rule\":\"string(255): 256 characters, at most 255 allowed\"}]");
        assertThat(json(response).get("status_message").asText())
                .contains("evses[0].connectors[0].max_voltage: type: expected an integer, was a string")
                .contains("name: string(255)");
        assertThat(locations.received).isEmpty();
    }

    @Test
    void bodyAboveTheLimitIsTooLarge() {
        ServerFixture small = new ServerFixture(s -> s.locationsReceiver(locations), b -> b.maxBodyBytes(100));

        OcpiHttpResponse response = small.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", location);

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("the body is larger than 100 bytes: send less in one request");
    }

    @Test
    void bodyWithMoreArrayElementsThanOnePerSixtyFourOfItsBytesIsTooLarge() {
        ServerFixture small = new ServerFixture(s -> s.locationsReceiver(locations), b -> b.maxBodyBytes(6400));
        String emptyEvses = location.replace("\"evses\": [", "\"evses\": [" + "{},".repeat(100));

        OcpiHttpResponse response = small.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", emptyEvses);

        assertThat(emptyEvses.length()).isLessThan(6400);
        assertThat(response.status()).isEqualTo(413);
        assertThat(statusCode(response)).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("the body holds more than 100 JSON array elements, one per 64 of the 6400 bytes a body may"
                        + " hold: send less in one request");
        assertThat(locations.received).isEmpty();
    }

    @Test
    void answerCountsTheViolationsBeyondTheThousandTheCodecLists() {
        String emptyEvses = location.replace("\"evses\": [", "\"evses\": [" + "{},".repeat(300));

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", emptyEvses);

        JsonNode violations = json(response).get("data");
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(violations).hasSize(51);
        assertThat(violations.get(50).toString()) // four required fields of each of the 300 EVSEs
                .isEqualTo("{\"path\":\"$\",\"rule\":\"1150 more violations not shown\"}");
    }

    @Test
    void putOfANewObjectIsCreatedAndOfAnExistingOneOk() {
        assertThat(fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", location)
                        .status())
                .isEqualTo(201);
        OcpiHttpResponse again = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", location);

        assertThat(again.status()).isEqualTo(200);
        assertThat(statusCode(again)).isEqualTo(1000);
        assertThat(json(again).has("data")).isFalse();
    }

    @Test
    void idInTheUrlThatDiffersFromTheBodysIs2001() {
        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC2", location);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("location_id in the URL (LOC2) differs from the body's (LOC1): send the same in both");
        assertThat(locations.received).isEmpty();
    }

    @Test
    void anotherPartysObjectsAreInvisible() {
        Location theirs = OcpiJson.instance()
                .read(location.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\""), Location.class)
                .get();
        locations.putLocation(null, theirs);

        assertThat(fixture.call("GET", "2.2.1/receiver/locations/DE/OTH/LOC1", null)
                        .status())
                .isEqualTo(404);
        assertThat(fixture.call("GET", "2.2.1/receiver/locations/DE/OTH/LOC1", null, ServerFixture.OTHER_TOKEN)
                        .status())
                .isEqualTo(200);
        assertThat(fixture.call("PUT", "2.2.1/receiver/locations/DE/OTH/LOC1", location)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unknownObjectIsNotFound() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/receiver/locations/NL/EMS/NOPE", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).get("status_message").asText()).isEqualTo("location not found");
    }

    @Test
    void hostsStatusExceptionBecomesItsStatusCode() {
        ServerFixture failing = new ServerFixture(s -> s.locationsSender(new InMemoryLocations() {
            @Override
            public Optional<Location> location(RequestContext ctx, CiString locationId) {
                throw OcpiStatusException.unknownLocation("no location " + locationId);
            }
        }));

        OcpiHttpResponse response = failing.call("GET", "2.2.1/sender/locations/LOC9", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2003);
        assertThat(json(response).get("status_message").asText()).isEqualTo("no location LOC9");
    }

    @Test
    void hostFailureIs3000WithTheRequestIdAndNoStackTrace() {
        ServerFixture failing = new ServerFixture(s -> s.locationsSender(new InMemoryLocations() {
            @Override
            public Optional<Location> location(RequestContext ctx, CiString locationId) {
                throw new IllegalStateException("database password rejected");
            }
        }));

        OcpiHttpResponse response = failing.call("GET", "2.2.1/sender/locations/LOC1", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(3000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("internal server error; quote X-Request-ID req-1");
        assertThat(response.bodyText()).doesNotContain("IllegalStateException").doesNotContain("password");
    }

    @Test
    void hostAnswerThatBreaksTheRulesIsNeverSentAndIs3000() {
        Location broken = OcpiJson.instance().read(location, Location.class).get().toBuilder()
                .name("x".repeat(256))
                .build();
        ServerFixture sloppy = new ServerFixture(s -> s.locationsSender(new InMemoryLocations() {
            @Override
            public Optional<Location> location(RequestContext ctx, CiString locationId) {
                return Optional.of(broken);
            }
        }));

        OcpiHttpResponse response = sloppy.call("GET", "2.2.1/sender/locations/LOC1", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(3000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("the server's data breaks OCPI's rules; quote X-Request-ID req-1");
        assertThat(json(response).has("data")).isFalse();
        assertThat(response.bodyText()).doesNotContain("xxxx");
    }

    @Test
    void statusMessageIsPrintableAndBoundedWhateverItQuotes() {
        ServerFixture echoing = new ServerFixture(s -> s.locationsSender(new InMemoryLocations() {
            @Override
            public Optional<Location> location(RequestContext ctx, CiString locationId) {
                throw OcpiStatusException.unknownLocation("no location\n\u001b[31m" + "x".repeat(5000));
            }
        }));

        OcpiHttpResponse response = echoing.call("GET", "2.2.1/sender/locations/LOC1", null);

        String message = json(response).get("status_message").asText();
        assertThat(statusCode(response)).isEqualTo(2003);
        assertThat(message).startsWith("no location  [31mxxx").hasSize(1000).endsWith("x…");
        assertThat(message.chars().noneMatch(Character::isISOControl)).isTrue();
    }

    @Test
    void answerListsAtMostFiftyViolationsAndSaysHowManyMore() {
        String evse = "{\"uid\":\"E\",\"status\":\"GONE\",\"connectors\":[],\"last_updated\":\"x\"}";
        String many = location.replace("\"evses\": [", "\"evses\": [" + (evse + ",").repeat(40));

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", many);

        JsonNode violations = json(response).get("data");
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(violations).hasSize(51);
        assertThat(violations.get(50).toString())
                .isEqualTo("{\"path\":\"$\",\"rule\":\"70 more violations not shown\"}");
        assertThat(json(response).get("status_message").asText()).hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void requestAndCorrelationIdsAreEchoed() {
        OcpiHttpResponse response = fixture.call("GET", "versions", null);

        assertThat(response.header("X-Request-ID")).isEqualTo("req-1");
        assertThat(response.header("X-Correlation-ID")).isEqualTo("corr-1");
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
    }

    @Test
    void missingIdsAreGenerated() {
        OcpiHttpResponse response = fixture.server.handle(OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/versions")
                .header("Authorization", CredentialsTokens.header(TOKEN, false))
                .build());

        assertThat(response.header("X-Request-ID")).matches("[0-9a-f-]{36}");
        assertThat(response.header("X-Correlation-ID"))
                .matches("[0-9a-f-]{36}")
                .isNotEqualTo(response.header("X-Request-ID"));
    }

    @Test
    void routingHeadersReachTheHostAndComeBackReversed() {
        OcpiHttpResponse response = fixture.server.handle(OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/2.2.1/sender/locations")
                .header("Authorization", CredentialsTokens.header(TOKEN, false))
                .header("OCPI-from-country-code", "NL")
                .header("OCPI-from-party-id", "EMS")
                .header("OCPI-to-country-code", "NL")
                .header("OCPI-to-party-id", "CPO")
                .build());

        RequestContext ctx = locations.contexts.get(0);
        assertThat(List.of(ctx.fromCountryCode(), ctx.fromPartyId(), ctx.toCountryCode(), ctx.toPartyId()))
                .containsExactly(CiString.of("NL"), CiString.of("EMS"), CiString.of("NL"), CiString.of("CPO"));
        assertThat(ctx.party().id()).isEqualTo("emsp");
        assertThat(response.header("OCPI-to-party-id")).isEqualTo("EMS");
        assertThat(response.header("OCPI-from-party-id")).isEqualTo("CPO");
    }

    @Test
    void partyPreRegisteredWithATokenOpensTheModulesOfItsRoleAtOnce() {
        fixture.parties.save(Party.preRegistered("hub", "hub-token", PartyRole.of("HUB", "DE", "HUB")));
        locations.own.add(OcpiJson.instance().read(location, Location.class).get());

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations", null, "hub-token");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("data").size()).isEqualTo(1);
        assertThat(locations.contexts.get(0).party().hasRole(CiString.of("DE"), CiString.of("HUB")))
                .isTrue();
    }

    @Test
    void partyRemovedFromTheStoreIsLockedOut() {
        fixture.parties.delete("emsp");

        assertThat(fixture.call("GET", "versions", null).status()).isEqualTo(401);
    }

    @Test
    void registeredPartyIsFoundByRole() {
        Party party = fixture.parties.findById("emsp").orElseThrow();

        assertThat(party.roles()).containsExactly(PartyRole.of("EMSP", "NL", "EMS"));
    }
}
