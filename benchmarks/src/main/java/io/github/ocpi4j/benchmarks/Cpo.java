package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CPO's {@link OcpiServer} whose Locations Sender serves locations from memory, with one eMSP registered: what
 * the server benchmarks call, in process or through an adapter.
 */
final class Cpo {
    /** When every response is stamped: a fixed clock, so that responses are comparable byte for byte. */
    static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    /** The token the registered eMSP presents. */
    static final String TOKEN = "bench-emsp-token-c";

    private Cpo() {}

    /** The server at this base URL (such as {@code http://127.0.0.1:8080/ocpi}) serving these locations. */
    static OcpiServer server(String baseUrl, List<Location> locations, OcpiClient client) {
        InMemoryPartyStore parties = new InMemoryPartyStore();
        parties.save(new Party(
                "emsp",
                Party.Status.REGISTERED,
                TOKEN,
                "bench-cpo-token-for-the-emsp",
                "http://127.0.0.1:1/ocpi/versions",
                "2.2.1",
                List.of(PartyRole.of("EMSP", "NL", "EMS")),
                List.of(),
                false));
        return OcpiServer.builder()
                .baseUrl(baseUrl)
                .partyStore(parties)
                .client(client)
                .roles(List.of(CredentialsRole.builder()
                        .role(Role.CPO)
                        .businessDetails(new BusinessDetails("Benchmark CPO", null, null))
                        .countryCode("NL")
                        .partyId("CPO")
                        .build()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .maxPageSize(1000) // the largest page ServerBenchmark asks for
                .v221(services -> services.locationsSender(new InMemoryLocations(locations)))
                .build();
    }

    /** A GET as the eMSP sends it: its token, a request id and a correlation id. */
    static OcpiHttpRequest get(String target) {
        return OcpiHttpRequest.builder()
                .method("GET")
                .target(target)
                .header("Authorization", CredentialsTokens.header(TOKEN, false))
                .header("X-Request-ID", "5e1c3f9a-0d7b-4c1e-9a57-3f1d2b9c8e01")
                .header("X-Correlation-ID", "b8f2a6d4-71c3-4e9b-8d05-6a2e4f1c9b37")
                .build();
    }

    /** Locations in memory, in the order given. */
    private static final class InMemoryLocations implements LocationsSenderService {
        private final List<Location> all;
        private final Map<CiString, Location> byId = new LinkedHashMap<>();

        InMemoryLocations(List<Location> all) {
            this.all = List.copyOf(all);
            all.forEach(l -> byId.put(l.id(), l));
        }

        @Override
        public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
            return PageResult.of(all, page, Location::lastUpdated);
        }

        @Override
        public Optional<Location> location(RequestContext ctx, CiString locationId) {
            return Optional.ofNullable(byId.get(locationId));
        }
    }
}
