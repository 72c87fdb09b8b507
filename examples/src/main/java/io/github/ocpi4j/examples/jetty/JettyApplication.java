package io.github.ocpi4j.examples.jetty;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.servlet.OcpiServlet;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Adding OCPI to an existing servlet application: embedded Jetty 12 (ee10) serves the application's own servlet at
 * {@code /health} and ocpi4j's {@link OcpiServlet} at {@code /ocpi/*}, for a small CPO with one location, {@value
 * #LOCATION_ID}, whose id holds a slash.
 *
 * <pre>
 * java -cp examples/target/ocpi4j.jar io.github.ocpi4j.examples.jetty.JettyApplication [PORT]
 * </pre>
 *
 * <p>It prints the versions URL and a token A with which a partner registers. What matters when mounting ocpi4j in
 * a servlet container, step by step in {@link #start}:
 *
 * <ol>
 *   <li>Ids may hold a slash, which partners send percent-encoded ({@code /locations/GENT%2FZUID}). Jetty 12 refuses
 *       such paths as an ambiguous path separator (HTTP 400, before any servlet runs) unless the connector's {@link
 *       UriCompliance} allows {@link UriCompliance.Violation#AMBIGUOUS_PATH_SEPARATOR}.
 *   <li>The {@link OcpiServer}'s base URL is the public URL of the servlet's mount: here {@code
 *       http://<host>:<port>/ocpi} for the mapping {@code /ocpi/*} in the root context. The server builds every
 *       URL it hands out from it (versions, endpoints, paging links, CDR locations) and matches request paths
 *       against its path, context path included. Behind a proxy it is the proxy's URL.
 *   <li>The {@link PartyStore} holds the partners, their tokens and endpoints: the server authenticates every
 *       request with it and keeps there what the credentials handshake learns. Save a pending party with a token A
 *       to let a partner register; a database-backed store keeps registrations across restarts.
 *   <li>The application's own servlets are mapped as before, next to {@code /ocpi/*}.
 *   <li>Limits for production, so that slow, idle or greedy clients cannot tie Jetty up: Jetty reads request heads
 *       without holding a thread, the idle timeout closes connections that go quiet (a slowloris among them), the
 *       minimum data rate fails a body that arrives too slowly, the request header size bounds request line and
 *       header fields (414, 431), a connection limit bounds open connections, and a size limit refuses bodies the
 *       OCPI server would refuse before they are read (413).
 * </ol>
 *
 * <p>Close it to stop Jetty.
 */
public final class JettyApplication implements AutoCloseable {
    /** The path of the OCPI mount, in the root context. */
    public static final String OCPI_PATH = "/ocpi";

    /** The id of the CPO's one location. */
    public static final String LOCATION_ID = "GENT/ZUID";

    /** How long a connection may stay without sending or taking a byte before Jetty closes it. */
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    /** The most connections open at once. */
    private static final int MAX_CONNECTIONS = 1024;

    /** The slowest a client may send a request body. */
    private static final long MIN_BODY_BYTES_PER_SECOND = 1024;

    private final Server jetty;
    private final ServerConnector connector;
    private final OcpiServer ocpi;

    private JettyApplication(Server jetty, ServerConnector connector, OcpiServer ocpi) {
        this.jetty = jetty;
        this.connector = connector;
        this.ocpi = ocpi;
    }

    /**
     * Runs the application on localhost until the process ends, printing the versions URL and a token A.
     *
     * @param args the port, 8080 if none
     * @throws Exception if Jetty does not start
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        String tokenA = CredentialsTokens.generate();
        try (JettyApplication app = start(new InetSocketAddress("localhost", port), tokenA)) {
            System.out.println("health:        http://localhost:" + app.port() + "/health");
            System.out.println("OCPI versions: " + app.ocpi().versionsUrl());
            System.out.println("token A:       " + tokenA);
            app.jetty.join();
        }
    }

    /**
     * Starts the application: Jetty on an address (port 0 takes a free port), its servlets, and the OCPI server of
     * the CPO, which a partner registers with using {@code tokenA}.
     *
     * @throws Exception if Jetty does not start
     */
    public static JettyApplication start(InetSocketAddress address, String tokenA) throws Exception {
        Server jetty = new Server();

        // 1. allow %2F in paths, for ids with a slash
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.DEFAULT.with("OCPI ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        // 5. limits for production; those on bodies and data rates are handlers, below
        http.setRequestHeaderSize(16 * 1024); // request line and header fields: 414 or 431 above
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS); // a connection without a byte for that long is closed
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector)); // then Jetty stops accepting
        connector.open(); // binds now, so that the port (for port 0) is known for the base URL

        // 2. the base URL is the public URL of the mount /ocpi/*; 3. the party store, with a partner to register
        String baseUrl = "http://" + address.getHostString() + ":" + connector.getLocalPort() + OCPI_PATH;
        PartyStore parties = new InMemoryPartyStore();
        parties.save(Party.pending("partner", tokenA));
        OcpiServer ocpi = OcpiServer.builder()
                .baseUrl(baseUrl)
                .partyStore(parties)
                .roles(List.of(CredentialsRole.builder()
                        .role(Role.CPO)
                        .businessDetails(new BusinessDetails("ocpi4j example CPO", null, null))
                        .countryCode("BE")
                        .partyId("BEC")
                        .build()))
                .v221(services -> services.locationsSender(new OneLocation(location())))
                .build();

        // 4. the application's servlets, and ocpi4j's below the base URL's path
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HealthServlet()), "/health");
        context.addServlet(new ServletHolder(new OcpiServlet(ocpi)), OCPI_PATH + "/*");
        // 5. a body larger than the OCPI server takes is refused before it is read; the limit is one byte above the
        // server's own, which reads that one byte more to tell a body too large and answers it 413 in its envelope.
        // Reading a body that arrives slower than the minimum rate fails, which frees the thread that reads it. The
        // write rate is left unchecked: the handler would give a small answer a deadline of a few milliseconds; the
        // idle timeout drops a client that stops reading.
        SizeLimitHandler sizeLimit = new SizeLimitHandler(ocpi.maxBodyBytes() + 1L, -1);
        sizeLimit.setHandler(context);
        jetty.setHandler(new MinimumDataRateHandler(sizeLimit, MIN_BODY_BYTES_PER_SECOND, 0));
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
        return new JettyApplication(jetty, connector, ocpi);
    }

    /** Returns the port Jetty serves. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Returns the OCPI server mounted at {@value #OCPI_PATH}, and through it the versions URL and party store. */
    public OcpiServer ocpi() {
        return ocpi;
    }

    /**
     * Stops Jetty.
     *
     * @throws IllegalStateException if Jetty fails to stop
     */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }

    /** The CPO's location, Gent Zuid of the specification's examples. */
    private static Location location() {
        String json = """
                {
                  "country_code": "BE", "party_id": "BEC", "id": "%s", "publish": true, "name": "Gent Zuid",
                  "address": "F.Rooseveltlaan 3A", "city": "Gent", "postal_code": "9000", "country": "BEL",
                  "coordinates": {"latitude": "51.047599", "longitude": "3.729944"},
                  "evses": [{
                    "uid": "3256", "evse_id": "BE*BEC*E041503001", "status": "AVAILABLE",
                    "connectors": [{"id": "1", "standard": "IEC_62196_T2", "format": "CABLE",
                                    "power_type": "AC_3_PHASE", "max_voltage": 220, "max_amperage": 16,
                                    "last_updated": "2015-03-16T10:10:02Z"}],
                    "last_updated": "2015-06-28T08:12:01Z"
                  }],
                  "time_zone": "Europe/Brussels",
                  "last_updated": "2015-06-28T08:12:01Z"
                }
                """.formatted(LOCATION_ID);
        return OcpiJson.instance().read(json, Location.class).get();
    }

    /** The Locations Sender interface of a CPO with one location. */
    private static final class OneLocation implements LocationsSenderService {
        private final Location location;

        OneLocation(Location location) {
            this.location = location;
        }

        @Override
        public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
            return PageResult.of(List.of(location), page, Location::lastUpdated);
        }

        @Override
        public Optional<Location> location(RequestContext ctx, CiString locationId) {
            return location.id().equals(locationId) ? Optional.of(location) : Optional.empty();
        }
    }

    /** The application's own servlet, which was there before OCPI. */
    private static final class HealthServlet extends HttpServlet {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain;charset=utf-8");
            resp.getOutputStream().write("OK\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
