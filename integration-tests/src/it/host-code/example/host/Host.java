package example.host;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What every consumer project runs: a host application that uses OkHttp itself and ocpi4j on the same client. It
 * serves one Location with ocpi4j's server on loopback, pulls it back through {@code OcpiClient}, calls the server
 * with its own OkHttp too, and checks that its class path holds one copy of OkHttp and okio and the library
 * versions its build manages ({@code okhttp=5.5.1,jackson=2.19.2,...}, the first argument). Exits non-zero, which
 * fails the consumer's build, on anything else.
 */
public final class Host implements AutoCloseable {
    static final String LOCATION = "{\"country_code\":\"NL\",\"party_id\":\"CPO\",\"id\":\"LOC1\",\"publish\":true,"
            + "\"address\":\"Stationsplein 1\",\"city\":\"Utrecht\",\"country\":\"NLD\","
            + "\"coordinates\":{\"latitude\":\"52.089444\",\"longitude\":\"5.110278\"},"
            + "\"time_zone\":\"Europe/Amsterdam\",\"last_updated\":\"2025-01-02T03:04:05Z\"}";

    /** The host's own OkHttp client, shared with ocpi4j. */
    final OkHttpClient http = new OkHttpClient();

    /** The token the eMSP NL-EMS calls this CPO with. */
    final String token = CredentialsTokens.generate();

    final Location location = OcpiJson.instance().read(LOCATION, Location.class).get();
    final OcpiClient client = OcpiClient.builder().okHttpClient(http).build();
    final JdkHttpServerAdapter server;

    private Host() {
        InMemoryPartyStore parties = new InMemoryPartyStore();
        parties.save(Party.preRegistered("emsp", token, PartyRole.of("EMSP", "NL", "EMS")));
        server = JdkHttpServerAdapter.start(new InetSocketAddress("127.0.0.1", 0), port -> OcpiServer.builder()
                .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                .partyStore(parties)
                .client(client)
                .roles(List.of(CredentialsRole.builder()
                        .role(Role.CPO)
                        .businessDetails(new BusinessDetails("Host CPO", null, null))
                        .countryCode("NL")
                        .partyId("CPO")
                        .build()))
                .v221(services -> services.locationsSender(new OneLocation(location)))
                .build());
    }

    /** Starts the host's CPO on a free loopback port. */
    public static Host start() {
        return new Host();
    }

    /** The versions URL of the host's CPO. */
    public String versionsUrl() {
        return server.server().versionsUrl();
    }

    /** The value of an Authorization header that the host's CPO accepts. */
    public String authorization() {
        return CredentialsTokens.header(token, false);
    }

    /** Runs the checks every host shares; {@code expected} as in the class comment. */
    public void check(String expected) throws IOException {
        onlyOneCopyOf("okhttp3/OkHttpClient.class");
        onlyOneCopyOf("okio/Buffer.class");

        try (Stream<Location> all =
                client.connect(versionsUrl(), token).v221().locationsSender().stream(ListQuery.all())) {
            List<Location> pulled = all.toList();
            require(pulled.equals(List.of(location)), "pulled through OcpiClient: " + pulled);
        }

        Request request = new Request.Builder()
                .url(versionsUrl())
                .header("Authorization", authorization())
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            require(response.code() == 200 && body.contains("2.2.1"), "versions through OkHttp: " + body);
        }

        Map<String, String> versions = versions();
        System.out.println("host ok: " + versions);
        for (String pair : expected.isBlank() ? new String[0] : expected.split(",")) {
            String[] nameAndVersion = pair.split("=", 2);
            require(
                    nameAndVersion[1].equals(versions.get(nameAndVersion[0])),
                    "expected " + pair + " on the class path, found " + versions);
        }
    }

    /** The versions that the host's build put on its class path, read at run time. */
    static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("okhttp", constant("okhttp3.OkHttp", "VERSION"));
        versions.put("okio", jarOf(okio.Buffer.class));
        versions.put("kotlin", constant("kotlin.KotlinVersion", "CURRENT"));
        versions.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        return versions;
    }

    /** A static field's value, looked up at run time: a constant would be compiled into this class. */
    private static String constant(String className, String field) {
        try {
            return String.valueOf(Class.forName(className).getField(field).get(null));
        } catch (ReflectiveOperationException e) {
            return "absent (" + e + ")";
        }
    }

    private static String jarOf(Class<?> type) {
        String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void onlyOneCopyOf(String resource) throws IOException {
        List<URL> copies = Collections.list(Host.class.getClassLoader().getResources(resource));
        require(copies.size() == 1, resource + " on the class path " + copies.size() + " times: " + copies);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    @Override
    public void close() {
        server.close();
        client.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    public static void main(String[] args) throws IOException {
        try (Host host = start()) {
            host.check(args.length > 0 ? args[0] : "");
        }
    }

    /** The CPO's one Location. */
    private record OneLocation(Location location) implements LocationsSenderService {
        @Override
        public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
            return PageResult.of(new ArrayList<>(List.of(location)), page, Location::lastUpdated);
        }

        @Override
        public Optional<Location> location(RequestContext ctx, CiString locationId) {
            return Optional.of(location).filter(l -> l.id().equals(locationId));
        }
    }
}
