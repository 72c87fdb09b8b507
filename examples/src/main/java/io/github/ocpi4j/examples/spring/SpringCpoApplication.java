package io.github.ocpi4j.examples.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.servlet.OcpiServlet;
import io.github.ocpi4j.server.v221.CdrsSenderService;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import io.github.ocpi4j.server.v221.SessionsSenderService;
import io.github.ocpi4j.server.v221.TariffsSenderService;
import io.github.ocpi4j.server.v221.TokensReceiverService;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The example CPO ({@link JdbcCpo}) as a Spring Boot application: every piece is a bean, and Boot's embedded Tomcat
 * serves {@link OcpiServlet} below the base URL's path.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -jar examples/target/examples-0.1.0-SNAPSHOT-spring.jar --ocpi.token=secret --ocpi.party=NL-EMS
 * </pre>
 *
 * <p>The beans, in the order they depend on each other:
 *
 * <ol>
 *   <li>{@link #dataSource}: a HikariCP pool over {@code ocpi.jdbc-url} (an in-memory H2 database by default); the
 *       context closes it when it stops.
 *   <li>{@link #ocpiClient}: the one {@link OcpiClient} of the application, for the registration handshake and the
 *       CPO's pushes to eMSPs; closed with the context.
 *   <li>{@link #cpo}: the CPO's backend over that data source (tables, sample data, simulated chargers, the outbox of
 *       pushes); closed with the context.
 *   <li>One bean per OCPI service: {@link #locationsSender}, {@link #tariffsSender}, {@link #sessionsSender}, {@link
 *       #cdrsSender}, {@link #tokensReceiver}, {@link #commandsReceiver}. A host with a class per service makes them
 *       {@code @Component}s and injects them by type; here one object implements five of the interfaces, so that
 *       Spring, which matches a bean by the class of its object, would find five candidates for each, and {@link
 *       #ocpiServer} names the one it wants with {@link Qualifier}.
 *   <li>{@link #ocpiServer}: the {@link OcpiServer} over those services, with the base URL partners reach it at:
 *       {@code ocpi.base-url}, by default {@code http://localhost:<server.port>/ocpi}. It is needed before Tomcat
 *       binds its port, so with {@code server.port=0} set {@code ocpi.base-url} (behind a proxy it is the proxy's
 *       URL anyway).
 *   <li>{@link #ocpiServlet}: the servlet, mapped to the base URL's path and below.
 *   <li>{@link #encodedSlashes}: Tomcat refuses a path with {@code %2F} (HTTP 400) by default; OCPI ids may hold a
 *       slash, which partners send encoded, so Tomcat passes it through to the server, which decodes it.
 *   <li>{@link #printUrlAndToken}: prints {@code versions: <url>}, then who may call: with {@code ocpi.token} and
 *       {@code ocpi.party} ({@code CC-PID}) that party is registered at once and the token opens the modules to it;
 *       otherwise a new token A for a partner to register with.
 * </ol>
 */
@SpringBootApplication
public class SpringCpoApplication {
    /** The CPO's country code, in its credentials and in every object of its sample data. */
    static final String COUNTRY_CODE = "NL";

    /** The CPO's party id. */
    static final String PARTY_ID = "CPO";

    /** {@code ocpi.base-url}, by default the port Tomcat is told to bind, on localhost. */
    private static final String BASE_URL = "${ocpi.base-url:http://localhost:${server.port:8080}/ocpi}";

    /**
     * Runs the application until the process ends.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080} or {@code --ocpi.token=secret}
     */
    public static void main(String[] args) {
        SpringApplication.run(SpringCpoApplication.class, args);
    }

    /**
     * The database of the CPO.
     *
     * @param jdbcUrl {@code ocpi.jdbc-url}: H2 or PostgreSQL, with user and password in the URL where needed
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${ocpi.jdbc-url:jdbc:h2:mem:ocpi4j-spring-cpo}") String jdbcUrl) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setPoolName("ocpi4j-spring-cpo");
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        return pool;
    }

    /** The application's one OCPI client. */
    @Bean(destroyMethod = "close")
    OcpiClient ocpiClient() {
        return OcpiClient.builder().build();
    }

    /**
     * The CPO's backend, its tables emptied and loaded with sample data at start, as the demo's are.
     *
     * @param baseUrl {@code ocpi.base-url}
     */
    @Bean(destroyMethod = "close")
    JdbcCpo cpo(DataSource dataSource, OcpiClient ocpiClient, @Value(BASE_URL) String baseUrl) {
        return JdbcCpo.builder()
                .dataSource(dataSource)
                .client(ocpiClient)
                .party(COUNTRY_CODE, PARTY_ID)
                .baseUrl(baseUrl)
                .emptyAtStart(true)
                .sampleData(true)
                .build();
    }

    /** The Locations Sender interface. */
    @Bean
    LocationsSenderService locationsSender(JdbcCpo cpo) {
        return cpo.services().locationsSender();
    }

    /** The Tariffs Sender interface. */
    @Bean
    TariffsSenderService tariffsSender(JdbcCpo cpo) {
        return cpo.services().tariffsSender();
    }

    /** The Sessions Sender interface. */
    @Bean
    SessionsSenderService sessionsSender(JdbcCpo cpo) {
        return cpo.services().sessionsSender();
    }

    /** The CDRs Sender interface. */
    @Bean
    CdrsSenderService cdrsSender(JdbcCpo cpo) {
        return cpo.services().cdrsSender();
    }

    /** The Tokens Receiver interface. */
    @Bean
    TokensReceiverService tokensReceiver(JdbcCpo cpo) {
        return cpo.services().tokensReceiver();
    }

    /** The Commands Receiver interface. */
    @Bean
    CommandsReceiverService commandsReceiver(JdbcCpo cpo) {
        return cpo.services().commandsReceiver();
    }

    /** The OCPI server: authentication, routing, validation and paging around the services. */
    @Bean
    OcpiServer ocpiServer(
            JdbcCpo cpo,
            OcpiClient ocpiClient,
            @Value(BASE_URL) String baseUrl,
            @Qualifier("locationsSender") LocationsSenderService locations,
            @Qualifier("tariffsSender") TariffsSenderService tariffs,
            @Qualifier("sessionsSender") SessionsSenderService sessions,
            @Qualifier("cdrsSender") CdrsSenderService cdrs,
            @Qualifier("tokensReceiver") TokensReceiverService tokens,
            CommandsReceiverService commands) {
        return OcpiServer.builder()
                .baseUrl(baseUrl)
                .partyStore(cpo.server().partyStore()) // the CPO's party table: registrations survive a restart
                .client(ocpiClient)
                .roles(List.of(CredentialsRole.builder()
                        .role(Role.CPO)
                        .businessDetails(new BusinessDetails("ocpi4j Spring example CPO", null, null))
                        .countryCode(COUNTRY_CODE)
                        .partyId(PARTY_ID)
                        .build()))
                .maxPageSize(20)
                .v221(services -> services.locationsSender(locations)
                        .tariffsSender(tariffs)
                        .sessionsSender(sessions)
                        .cdrsSender(cdrs)
                        .tokensReceiver(tokens)
                        .commandsReceiver(commands))
                .build();
    }

    /** {@link OcpiServlet} at the base URL's path and below, {@code /ocpi/*} by default. */
    @Bean
    ServletRegistrationBean<OcpiServlet> ocpiServlet(OcpiServer ocpiServer) {
        String path = URI.create(ocpiServer.versionsUrl()).getPath().replaceFirst("/versions$", "");
        return new ServletRegistrationBean<>(new OcpiServlet(ocpiServer), path + "/*");
    }

    /** Tomcat passes {@code %2F} in paths on to the servlet, for ids with a slash. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashes() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    /**
     * Prints the versions URL and the token a partner calls with.
     *
     * @param token {@code ocpi.token}, a credentials token to open the modules to {@code ocpi.party} at once
     * @param party {@code ocpi.party}, the eMSP as {@code CC-PID}, such as {@code NL-EMS}
     */
    @Bean
    ApplicationRunner printUrlAndToken(
            JdbcCpo cpo,
            OcpiServer ocpiServer,
            @Value("${ocpi.token:}") String token,
            @Value("${ocpi.party:}") String party) {
        return arguments -> {
            System.out.println("versions: " + ocpiServer.versionsUrl());
            if (token.isEmpty() || party.isEmpty()) {
                System.out.println("token A: " + cpo.newTokenA("partner"));
                return;
            }
            String[] codes = party.split("-", -1);
            if (codes.length != 2) {
                throw new IllegalArgumentException("ocpi.party: must be CC-PID, such as NL-EMS, not " + party);
            }
            cpo.preRegister(codes[0], codes[1], token);
            System.out.println("token: " + token + " opens the modules to " + party);
        };
    }
}
