package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import io.github.ocpi4j.server.v221.SessionsSenderService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The server's listener hears every answer with its route, party, status and duration, every piece of the host's
 * data the server refused to send with its violations and the request id, and every failure of a host's service; a
 * listener that throws changes no answer.
 */
class ServerListenerTest {
    private final List<ServerListener.Answered> answered = Collections.synchronizedList(new ArrayList<>());
    private final List<ServerListener.RefusedHostData> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<ServerListener.HostFailure> failures = Collections.synchronizedList(new ArrayList<>());

    private final ServerListener recording = new ServerListener() {
        @Override
        public void answered(Answered request) {
            answered.add(request);
        }

        @Override
        public void refusedHostData(RefusedHostData data) {
            refused.add(data);
        }

        @Override
        public void hostFailed(HostFailure failure) {
            failures.add(failure);
        }
    };

    private ServerFixture serverWithLocation(Location location) {
        return new ServerFixture(
                s -> s.locationsSender(new InMemoryLocations() {
                    @Override
                    public Optional<Location> location(RequestContext ctx, CiString locationId) {
                        if (locationId.equalsIgnoreCase("FAIL")) {
                            throw new IllegalStateException("database down");
                        }
                        return Optional.of(location);
                    }
                }),
                b -> b.listener(recording));
    }

    private static final Location LOC1 = Fixtures.location("NL", "CPO", "LOC1");

    @Test
    void everyAnswerIsHeardWithRoutePartyStatusAndDuration() {
        ServerFixture fixture = serverWithLocation(LOC1);

        fixture.call("GET", "2.2.1/sender/locations/LOC1", null);
        fixture.call("GET", "2.2.1/sender/locations/LOC1", null, "who-am-i");
        fixture.call("GET", "2.2.1/nowhere", null);

        assertThat(answered).hasSize(3);
        ServerListener.Answered ok = answered.get(0);
        assertThat(ok.method()).isEqualTo("GET");
        assertThat(ok.path()).isEqualTo("/ocpi/2.2.1/sender/locations/LOC1");
        assertThat(ok.route()).isEqualTo("2.2.1/sender/locations/{location_id}");
        assertThat(ok.partyId()).isEqualTo("emsp");
        assertThat(ok.requestId()).isEqualTo("req-1");
        assertThat(ok.correlationId()).isEqualTo("corr-1");
        assertThat(ok.httpStatus()).isEqualTo(200);
        assertThat(ok.statusCode()).isEqualTo(OcpiStatusCode.SUCCESS);
        assertThat(ok.duration()).isPositive();

        ServerListener.Answered unknownToken = answered.get(1);
        assertThat(unknownToken.httpStatus()).isEqualTo(401);
        assertThat(unknownToken.partyId()).isNull();
        assertThat(unknownToken.route()).isNull();

        ServerListener.Answered unknownPath = answered.get(2);
        assertThat(unknownPath.httpStatus()).isEqualTo(404);
        assertThat(unknownPath.partyId()).isEqualTo("emsp");
        assertThat(unknownPath.route()).isNull();
    }

    @Test
    void hostDataThatBreaksTheRulesIsHeardWithEveryViolationAndTheRequestId() {
        Location broken = LOC1.toBuilder().name("x".repeat(256)).build();
        ServerFixture fixture = serverWithLocation(broken);

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations/LOC1", null);

        assertThat(statusCode(response)).isEqualTo(3000);
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.requestId()).isEqualTo("req-1");
            assertThat(r.partyId()).isEqualTo("emsp");
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/ocpi/2.2.1/sender/locations/LOC1");
            assertThat(r.violations()).isEqualTo(OcpiJson.instance().validate(broken));
            assertThat(r.violations()).extracting(Violation::path).containsExactly("name");
        });
        assertThat(answered)
                .singleElement()
                .satisfies(a -> assertThat(a.statusCode()).isEqualTo(OcpiStatusCode.SERVER_ERROR));
        assertThat(failures).isEmpty();
    }

    /**
     * One connector without {@code max_voltage} deep in the last Location of a full page keeps the whole page from
     * the partner, named by its path in the page ({@code [[mod_locations_connector_object]]}).
     */
    @Test
    void aBrokenConnectorInTheLastLocationOfAPageKeepsTheWholePageBack() {
        InMemoryLocations host = new InMemoryLocations();
        for (int i = 1; i < 100; i++) {
            host.own.add(LOC1.toBuilder().id(CiString.of("LOC" + i)).build());
        }
        Location last = LOC1.toBuilder().id(CiString.of("LOC100")).build();
        EVSE evse = last.evses().get(0);
        Connector connector =
                evse.connectors().get(0).toBuilder().maxVoltage(null).build();
        host.own.add(last.toBuilder()
                .evses(List.of(evse.toBuilder().connectors(List.of(connector)).build()))
                .build());
        ServerFixture fixture = new ServerFixture(s -> s.locationsSender(host), b -> b.listener(recording));

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations?limit=100", null);

        assertThat(statusCode(response)).isEqualTo(3000);
        assertThat(ServerFixture.json(response).get("status_message").asText())
                .isEqualTo("the server's data breaks OCPI's rules; quote X-Request-ID req-1");
        assertThat(ServerFixture.json(response).has("data")).isFalse();
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/ocpi/2.2.1/sender/locations");
            assertThat(r.violations()).isEqualTo(OcpiJson.instance().validate(host.own));
            assertThat(r.violations())
                    .containsExactly(new Violation("[99].evses[0].connectors[0].max_voltage", "required"));
        });
    }

    @Test
    void objectsOfOtherPartiesWithheldFromAPageAreHeard() {
        Session own = Fixtures.session("S1", "EMS");
        Session theirs = Fixtures.session("S2", "OTH");
        SessionsSenderService sessions = (ctx, page) -> new PageResult<>(List.of(own, theirs), 2);
        ServerFixture fixture = new ServerFixture(s -> s.sessionsSender(sessions), b -> b.listener(recording));

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/sessions", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ServerFixture.json(response).get("data")).hasSize(1);
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.requestId()).isEqualTo("req-1");
            assertThat(r.violations()).extracting(Violation::path).containsExactly("$[1]");
            assertThat(r.violations().get(0).rule()).contains("another party than emsp");
        });
    }

    @Test
    void aFailureOfTheHostsServiceIsHeardWithItsException() {
        ServerFixture fixture = serverWithLocation(LOC1);

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/locations/FAIL", null);

        assertThat(statusCode(response)).isEqualTo(3000);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.requestId()).isEqualTo("req-1");
            assertThat(f.partyId()).isEqualTo("emsp");
            assertThat(f.path()).isEqualTo("/ocpi/2.2.1/sender/locations/FAIL");
            assertThat(f.exception()).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        });
    }

    @Test
    void aListenerThatThrowsChangesNoAnswer() {
        ServerListener throwing = new ServerListener() {
            @Override
            public void answered(Answered request) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void refusedHostData(RefusedHostData data) {
                throw new IllegalStateException("alerts down");
            }
        };
        Location broken = LOC1.toBuilder().name("x".repeat(256)).build();
        ServerFixture fixture = new ServerFixture(
                s -> s.locationsSender(new InMemoryLocations() {
                    @Override
                    public Optional<Location> location(RequestContext ctx, CiString locationId) {
                        return Optional.of(locationId.equalsIgnoreCase("BROKEN") ? broken : LOC1);
                    }
                }),
                b -> b.listener(throwing));

        assertThat(fixture.call("GET", "2.2.1/sender/locations/LOC1", null).status())
                .isEqualTo(200);
        assertThat(statusCode(fixture.call("GET", "2.2.1/sender/locations/BROKEN", null)))
                .isEqualTo(3000);
    }

    @Test
    void durationCoversTheHostsService() {
        ServerFixture fixture = new ServerFixture(
                s -> s.locationsSender(new InMemoryLocations() {
                    @Override
                    public Optional<Location> location(RequestContext ctx, CiString locationId) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return Optional.of(LOC1);
                    }
                }),
                b -> b.listener(recording));

        fixture.call("GET", "2.2.1/sender/locations/LOC1", null);

        assertThat(answered)
                .singleElement()
                .satisfies(a -> assertThat(a.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(20)));
    }
}
