package io.github.ocpi4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.versions.Version;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application on a free port, with an eMSP registered by its token at start: real HTTP calls through
 * Tomcat and {@code OcpiServlet} to the CPO's services and its database.
 */
class SpringCpoApplicationTest {
    private static final String TOKEN = "spring-emsp-token";
    private static final String PUBLIC_BASE_URL = "https://cpo.example.com/ocpi";

    private static ConfigurableApplicationContext context;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        context = run();
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** Runs the application as its README command does, on a free port and a database of its own. */
    private static ConfigurableApplicationContext run() {
        return SpringApplication.run(
                SpringCpoApplication.class,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--ocpi.base-url=" + PUBLIC_BASE_URL,
                "--ocpi.jdbc-url=jdbc:h2:mem:spring-cpo-" + UUID.randomUUID(),
                "--ocpi.token=" + TOKEN,
                "--ocpi.party=NL-EMS");
    }

    @Test
    void versionsListTheBaseUrlPartnersReachTheServerAt() throws Exception {
        HttpResponse<byte[]> response = get("/ocpi/versions", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        OcpiResponse<List<Version>> versions = OcpiJson.instance()
                .read(response.body(), OcpiType.responseOfList(Version.class))
                .get();
        assertThat(versions.data())
                .singleElement()
                .satisfies(version -> assertThat(version.url()).isEqualTo(PUBLIC_BASE_URL + "/2.2.1"));
    }

    @Test
    void preRegisteredEmspReadsALocationFromTheCposDatabase() throws Exception {
        HttpResponse<byte[]> response = get("/ocpi/2.2.1/sender/locations/LOC001", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        Location location = OcpiJson.instance()
                .read(response.body(), OcpiType.responseOf(Location.class))
                .get()
                .data();
        assertThat(location.id().value()).isEqualTo("LOC001");
        assertThat(location.countryCode().value()).isEqualTo(SpringCpoApplication.COUNTRY_CODE);
    }

    @Test
    void unknownTokenIsRefused() throws Exception {
        assertThat(get("/ocpi/2.2.1/sender/locations/LOC001", "not-a-token").statusCode())
                .isEqualTo(401);
    }

    @Test
    void idWithAnEncodedSlashReachesTheServerInsteadOfTomcatsRefusal() throws Exception {
        HttpResponse<byte[]> response = get("/ocpi/2.2.1/sender/locations/NO%2FSUCH", TOKEN);

        // Tomcat would answer 400 in HTML by default; the OCPI server answers an unknown location in its envelope
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"status_code\"");
    }

    @Test
    void closingTheContextClosesTheDatabasePoolAndTheClient() {
        ConfigurableApplicationContext own = run();
        HikariDataSource pool = own.getBean(HikariDataSource.class);
        String clientDestroyMethod =
                own.getBeanFactory().getBeanDefinition("ocpiClient").getDestroyMethodName();

        own.close();

        assertThat(pool.isClosed()).isTrue();
        assertThat(clientDestroyMethod).isEqualTo("close");
    }

    private HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", CredentialsTokens.header(token, false))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
