package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.examples.emsp.Emsp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
    private final OcpiClient client = OcpiClient.builder().build();
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
        assertThat(run("serve", "--role", "cpo").exit()).isEqualTo(2);
    }
}
