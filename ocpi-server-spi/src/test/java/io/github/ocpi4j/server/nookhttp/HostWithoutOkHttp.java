package io.github.ocpi4j.server.nookhttp;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerFixture;
import io.github.ocpi4j.server.ServerListener;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A host that serves OCPI, run by {@code ServesWithoutOkHttpTest} in a class loader without OkHttp, okio and Kotlin:
 * it answers the versions, a page of locations with its {@code Link}, a token A outside registration, and a credentials
 * POST, which needs the client and so fails with 3000 and a failure that names OkHttp. Each answer is one line.
 */
public final class HostWithoutOkHttp {
    private HostWithoutOkHttp() {}

    /** Serves the requests and returns one line per answer, and the failures the listener heard. */
    public static List<String> run() {
        InMemoryPartyStore parties = new InMemoryPartyStore();
        parties.save(new Party(
                "emsp",
                Party.Status.REGISTERED,
                "emsp-token",
                "out",
                "https://emsp.example.com/versions",
                "2.2.1",
                List.of(PartyRole.of("EMSP", "NL", "EMS")),
                List.of(),
                false));
        parties.save(Party.pending("newcomer", "token-a"));
        List<String> lines = new ArrayList<>();
        Location location = OcpiJson.instance()
                .read(ServerFixture.example("location_example.json"), Location.class)
                .get();
        LocationsSenderService locations = new LocationsSenderService() {
            @Override
            public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
                return new PageResult<>(List.of(location), 5);
            }

            @Override
            public Optional<Location> location(RequestContext ctx, CiString locationId) {
                return Optional.empty();
            }
        };
        try (OcpiServer server = OcpiServer.builder()
                .baseUrl("https://cpo.example.com/ocpi")
                .partyStore(parties)
                .roles(List.of(CredentialsRole.builder()
                        .role(Role.CPO)
                        .businessDetails(new BusinessDetails("CPO", null, null))
                        .countryCode("NL")
                        .partyId("CPO")
                        .build()))
                .listener(new ServerListener() {
                    @Override
                    public void hostFailed(HostFailure failure) {
                        lines.add("failed: " + failure.exception().getMessage());
                    }
                })
                .v221(s -> s.locationsSender(locations))
                .build()) {
            lines.add(line(server.handle(request("GET", "/ocpi/versions", "emsp-token", null))));
            lines.add(line(server.handle(request(
                    "GET",
                    "/ocpi/2.2.1/sender/locations?limit=1&date_from=2024-01-01T00:00:00Z",
                    "emsp-token",
                    null))));
            lines.add(line(server.handle(request("GET", "/ocpi/2.2.1/sender/locations", "token-a", null))));
            String credentials = "{\"token\": \"token-b\", \"url\": \"https://emsp.example.com/versions\", \"roles\":"
                    + " [{\"role\": \"EMSP\", \"party_id\": \"NEW\", \"country_code\": \"NL\", \"business_details\":"
                    + " {\"name\": \"New\"}}]}";
            lines.add(line(server.handle(request("POST", "/ocpi/2.2.1/credentials", "token-a", credentials))));
            try (JdkHttpServerAdapter http =
                    JdkHttpServerAdapter.start(server, new InetSocketAddress("127.0.0.1", 0))) {
                lines.add("adapter on port " + (http.port() > 0));
            }
        }
        return lines;
    }

    private static OcpiHttpRequest request(String method, String target, String token, String body) {
        OcpiHttpRequest.Builder b = OcpiHttpRequest.builder()
                .method(method)
                .target(target)
                .header("Authorization", CredentialsTokens.header(token, false));
        if (body != null) {
            b.header("Content-Type", "application/json").body(body);
        }
        return b.build();
    }

    private static String line(OcpiHttpResponse response) {
        String link = response.header("Link");
        return response.status() + " " + response.bodyText().replaceAll(".*\"status_code\":(\\d+).*", "$1")
                + (link == null ? "" : " " + link);
    }
}
