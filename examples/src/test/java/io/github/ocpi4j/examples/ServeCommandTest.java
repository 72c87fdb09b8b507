package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.examples.emsp.Emsp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpi4j serve}: one side with sample data, reachable by any OCPI 2.2.1 client, until stopped. */
class ServeCommandTest {
    private static final Pattern VERSIONS = Pattern.compile("versions: (\\S+)\n");

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build();
    private Future<Integer> exit;

    @AfterEach
    void stop() throws Exception {
        stop.countDown();
        if (exit != null) {
            assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        }
        executor.shutdownNow();
        client.close();
    }

    /** Starts serve in the background and returns what it printed once listening. */
    private String serve(String... args) throws Exception {
        exit = serve(stop, out, args);
        return printedOnceListening(out, exit);
    }

    private Future<Integer> serve(CountDownLatch until, ByteArrayOutputStream printTo, String... args) {
        PrintStream outStream = new PrintStream(printTo, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return executor.submit(() -> new ServeCommand(until).run(List.of(args), outStream, errStream));
    }

    private String printedOnceListening(ByteArrayOutputStream printed, Future<Integer> running)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (printed.toString(StandardCharsets.UTF_8).lines().count() < 2 && System.nanoTime() < deadline) {
            assertThat(running.isDone())
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isFalse();
            Thread.sleep(20);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String tokenA(String printed) {
        Matcher tokenA = Pattern.compile("token A: (\\S+)\n").matcher(printed);
        assertThat(tokenA.find()).as(printed).isTrue();
        return tokenA.group(1);
    }

    private static String versionsUrl(String printed) {
        Matcher m = VERSIONS.matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        return m.group(1);
    }

    @Test
    void cpoWithAPreRegisteredTokenServesItsSampleDataInPagesToThatParty() throws Exception {
        String printed = serve("--role", "cpo", "--port", "0", "--token", "secret-1", "--party", "NL-EMS");

        assertThat(printed)
                .matches("versions: http://127\\.0\\.0\\.1:\\d+/ocpi/versions\n"
                        + "token: secret-1 opens the modules to NL-EMS\n");
        V221 cpo = client.connect(versionsUrl(printed), "secret-1").v221();
        assertThat(cpo.locationsSender().stream(ListQuery.all()).count()).isGreaterThanOrEqualTo(50);
        assertThat(cpo.locationsSender().page(ListQuery.all()).nextUrl()).isNotNull();
        assertThat(cpo.locationsSender().stream(ListQuery.all()).flatMap(l -> l.evses().stream()))
                .allSatisfy(evse -> assertThat(evse.connectors()).isNotEmpty());
        assertThat(cpo.tariffsSender().stream(ListQuery.all()).count()).isPositive();
        assertThat(cpo.sessionsSender().stream(ListQuery.all().dateFrom(Instant.EPOCH))
                        .count())
                .isGreaterThanOrEqualTo(50);
        assertThat(cpo.cdrsSender().stream(ListQuery.all()).count()).isGreaterThanOrEqualTo(50);
        OcpiHttpException wrong =
                catchThrowableOfType(OcpiHttpException.class, () -> client.connect(versionsUrl(printed), "secret-2"));
        assertThat(wrong.httpStatus()).isEqualTo(401);
    }

    @Test
    void emspWithoutATokenPrintsATokenAThatAPartnerRegistersWith() throws Exception {
        String printed = serve("--role", "emsp", "--port", "0");

        // token A opens versions and credentials, for the handshake, and no module
        Partner pending = client.connect(versionsUrl(printed), tokenA(printed));
        assertThat(pending.hasEndpoint("credentials", "SENDER")).isTrue();
        OcpiHttpException module = catchThrowableOfType(
                OcpiHttpException.class, () -> pending.v221().tokensSender().page(ListQuery.all()));
        assertThat(module.httpStatus()).isEqualTo(401);
    }

    @Test
    void emspWithAPreRegisteredCpoListsItsTokensInPages() throws Exception {
        String printed = serve("--role", "emsp", "--port", "0", "--token", "cpo-token", "--party", "nl-cpo");

        assertThat(printed).endsWith("token: cpo-token opens the modules to NL-CPO\n");
        Partner emsp = client.connect(versionsUrl(printed), "cpo-token");
        assertThat(emsp.v221().tokensSender().stream(ListQuery.all()).count()).isGreaterThanOrEqualTo(50);
        assertThat(emsp.v221().tokensSender().page(ListQuery.all()).nextUrl()).isNotNull();
    }

    @Test
    void cpoOnAFileDatabaseGivesATokenAAgainAfterAPartnerRegisteredWithTheLastOne(@TempDir Path dir) throws Exception {
        String jdbcUrl = "jdbc:h2:file:" + dir.resolve("cpo");
        CountDownLatch firstStop = new CountDownLatch(1);
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        Future<Integer> first = serve(firstStop, firstOut, "--role", "cpo", "--port", "0", "--jdbc-url", jdbcUrl);
        String printed = printedOnceListening(firstOut, first);
        try (Emsp emsp = Emsp.builder().start(new InetSocketAddress("127.0.0.1", 0))) {
            emsp.register(versionsUrl(printed), tokenA(printed));
        }
        firstStop.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();

        String again = serve("--role", "cpo", "--port", "0", "--jdbc-url", jdbcUrl);

        Partner pending = client.connect(versionsUrl(again), tokenA(again));
        assertThat(pending.hasEndpoint("credentials", "SENDER")).isTrue();
    }

    @Test
    void portInUseExitsOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandLine result = run("serve", "--role", "cpo", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).startsWith("error: cannot listen on ");
            assertThat(result.out()).isEmpty();
        }
    }

    /**
     * By default serve offers both versions ({@code [[version_information_endpoint]]}): a client of both agrees on
     * 2.3.0 and reads the same CDR as a 2.2.1 client, its prices as {@code before_taxes} and taxes of equal value
     * ({@code [[types_price_class]]}); a 2.2.1 client logs in with the 2.2.1 details URL and sees no 2.3.0 URL.
     */
    @Test
    void cpoOffersBothVersionsTheSameCdrInEachAnd221LogsInWithItsDetailsUrl() throws Exception {
        String printed = serve("--role", "cpo", "--port", "0", "--token", "secret-1", "--party", "NL-EMS");

        try (OcpiClient both = OcpiClient.builder().build()) {
            Partner on230 = both.connect(versionsUrl(printed), "secret-1");
            assertThat(on230.version()).isEqualTo("2.3.0");
            io.github.ocpi4j.model.v230.cdrs.CDR cdr230 = on230.v230().cdrsSender().stream(ListQuery.all())
                    .findFirst()
                    .orElseThrow();
            io.github.ocpi4j.model.v221.cdrs.CDR cdr221 =
                    client.connect(versionsUrl(printed), "secret-1").v221().cdrsSender().stream(ListQuery.all())
                            .findFirst()
                            .orElseThrow();
            assertThat(cdr230.id().value()).isEqualTo(cdr221.id().value());
            assertThat(cdr230.totalCost().beforeTaxes())
                    .isEqualByComparingTo(cdr221.totalCost().exclVat());
            assertThat(cdr230.totalCost().taxes()).singleElement().satisfies(tax -> {
                assertThat(tax.name()).isEqualTo("VAT");
                assertThat(cdr230.totalCost().beforeTaxes().add(tax.amount()))
                        .isEqualByComparingTo(cdr221.totalCost().inclVat());
            });
        }
        String detailsUrl = versionsUrl(printed).replace("/versions", "/2.2.1");
        HttpResponse<String> details = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(detailsUrl))
                                .header(
                                        "Authorization",
                                        "Token "
                                                + Base64.getEncoder()
                                                        .encodeToString("secret-1".getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(details.body())
                .contains("\"version\":\"2.2.1\"", "/ocpi/2.2.1/sender/locations")
                .doesNotContain("2.3.0");
    }

    /**
     * serve's CPO offers Bookings 1.1 to a 2.3.0 partner ({@code [[mod_bookings_get_booking_locations]]}): the EVSEs of
     * LOC001, bookable for the coming week.
     */
    @Test
    void cpoOffersBookingLocationsTo230Partners() throws Exception {
        String printed = serve("--role", "cpo", "--port", "0", "--token", "secret-1", "--party", "NL-EMS");

        try (OcpiClient both = OcpiClient.builder().build()) {
            Partner on230 = both.connect(versionsUrl(printed), "secret-1");
            java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
            java.time.Instant tomorrow = java.time.LocalDate.now(amsterdam)
                    .plusDays(1)
                    .atTime(12, 0)
                    .atZone(amsterdam)
                    .toInstant();
            assertThat(on230.v230()
                            .bookingsSender()
                            .bookingLocations(ListQuery.all(), tomorrow, tomorrow.plus(java.time.Duration.ofHours(1)))
                            .map(location -> location.locationId().value())
                            .distinct())
                    .containsExactly("LOC001");
        }
    }

    @Test
    void versionOptionOffersThatVersionAlone() throws Exception {
        String printed = serve(
                "--role", "emsp", "--port", "0", "--token", "cpo-token", "--party", "NL-CPO", "--version", "2.3.0");

        try (OcpiClient both = OcpiClient.builder().build()) {
            Partner emsp = both.connect(versionsUrl(printed), "cpo-token");
            assertThat(emsp.version()).isEqualTo("2.3.0");
            assertThat(emsp.v230().tokensSender().stream(ListQuery.all()).count())
                    .isGreaterThanOrEqualTo(50);
        }
        OcpiNegotiationException no221 = catchThrowableOfType(
                OcpiNegotiationException.class, () -> client.connect(versionsUrl(printed), "cpo-token"));
        assertThat(no221).hasMessageContaining("2.3.0");
    }

    @Test
    void ptpServes230AloneWithItsPaymentsSenderToAPreRegisteredCpo() throws Exception {
        String printed = serve("--role", "ptp", "--port", "0", "--token", "cpo-token", "--party", "NL-CPO");

        assertThat(printed).endsWith("token: cpo-token opens the modules to NL-CPO\n");
        try (OcpiClient both = OcpiClient.builder().build()) {
            Partner ptp = both.connect(versionsUrl(printed), "cpo-token");
            assertThat(ptp.version()).isEqualTo("2.3.0");
            assertThat(ptp.hasEndpoint("payments", "SENDER")).isTrue();
            assertThat(ptp.v230().paymentsSender().terminals(ListQuery.all())).isEmpty();
        }
        OcpiNegotiationException no221 = catchThrowableOfType(
                OcpiNegotiationException.class, () -> client.connect(versionsUrl(printed), "cpo-token"));
        assertThat(no221).hasMessageContaining("2.3.0");
    }

    @Test
    void ptpWithoutATokenPrintsATokenAThatACpoRegistersWith() throws Exception {
        String printed = serve("--role", "ptp", "--port", "0");

        try (OcpiClient both = OcpiClient.builder().build()) {
            Partner pending = both.connect(versionsUrl(printed), tokenA(printed));
            assertThat(pending.hasEndpoint("credentials", "SENDER")).isTrue();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("serve", "--port", "0").err()).startsWith("ocpi4j serve: --role is required");
        assertThat(run("serve", "--role", "hub", "--port", "0").err())
                .startsWith("ocpi4j serve: --role: hub is neither cpo nor emsp");
        assertThat(run("serve", "--role", "cpo").err()).startsWith("ocpi4j serve: --port is required");
        assertThat(run("serve", "--role", "cpo", "--port", "70000").err())
                .startsWith("ocpi4j serve: --port: 70000 is not a port from 0 to 65535");
        assertThat(run("serve", "--role", "cpo", "--port", "0", "--token", "t").err())
                .startsWith("ocpi4j serve: --token and --party go together");
        assertThat(run("serve", "--role", "cpo", "--port", "0", "--token", "t", "--party", "NLEMS")
                        .err())
                .startsWith("ocpi4j serve: --party: NLEMS is not a country code and party id");
        assertThat(run("serve", "--role", "emsp", "--port", "0", "--jdbc-url", "jdbc:h2:mem:x")
                        .err())
                .startsWith("ocpi4j serve: --jdbc-url is for the CPO");
        assertThat(run("serve", "--role", "cpo", "--port", "0", "--version", "2.1.1")
                        .err())
                .startsWith("ocpi4j serve: --version: 2.1.1 is neither 2.2.1 nor 2.3.0");
        assertThat(run("serve", "--role", "ptp", "--port", "0", "--jdbc-url", "jdbc:h2:mem:x")
                        .err())
                .startsWith("ocpi4j serve: --jdbc-url is for the CPO: the PTP keeps its data in memory");
        assertThat(run("serve", "--role", "ptp", "--port", "0", "--version", "2.2.1")
                        .err())
                .startsWith("ocpi4j serve: --version: the PTP speaks OCPI 2.3.0 only");
        assertThat(run("serve", "--role", "cpo").exit()).isEqualTo(2);
    }
}
