package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.Location;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command line, {@code java -jar examples/target/ocpi4j.jar}, as users run it. */
class CommandLineIT {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(new File("target/ocpi4j.jar").getAbsolutePath());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process process) throws Exception {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void jarValidatesTheSpecificationExamples() throws Exception {
        String location = example("location_example.json");
        Process process = start("validate", "--type", "Location", location);

        assertThat(finish(process)).isEqualTo("OK " + location + "\n");
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void jarReportsABrokenExampleAndExitsOne() throws Exception {
        Process process = start("validate", "--type", "Tariff", example("tariff_put_example.json"));

        assertThat(finish(process)).endsWith("  last_updated: required\n");
        assertThat(process.exitValue()).isEqualTo(1);
    }

    @Test
    void jarPricesTheSpecificationsCdrExampleUnderItsTariff() throws Exception {
        String cdr = example("cdr_example.json");
        String tariff =
                new ObjectMapper().readTree(new File(cdr)).get("tariffs").get(0).toString();
        Path tariffFile = Files.writeString(dir.resolve("tariff.json"), tariff);
        Process process = start("price", "--tariff", tariffFile.toString(), "--cdr", cdr);

        assertThat(finish(process))
                .startsWith("time zone: Europe/Brussels")
                .contains("{\"total_cost\":{\"excl_vat\":4.00,\"incl_vat\":4.40},\"total_energy\":15.342,");
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void jarDemoPlaysEveryStepAndExitsZero() throws Exception {
        Process process = start("demo");

        String output = finish(process);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("[1.2] The eMSP registers with token A")
                .contains("[3.4] The eMSP is back")
                .contains("[3.9] A driver presents a card at terminal T1 for EVSE LOC001-2")
                .contains("[5.1] A second eMSP, NL-NXT, which speaks OCPI 2.3.0 only")
                .contains("[6.1] NL-NXT searches chargers at LOC001 free tomorrow 18:00-19:00")
                .endsWith("demo: all 36 steps gave the expected answers\n");
    }

    @Test
    void jarServesACpoToAPreRegisteredPartyUntilStopped() throws Exception {
        Process process = start("serve", "--role", "cpo", "--port", "0", "--token", "it-token", "--party", "NL-EMS");
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String versions = lines.readLine();
            assertThat(versions).startsWith("versions: http://127.0.0.1:");
            assertThat(lines.readLine()).isEqualTo("token: it-token opens the modules to NL-EMS");
            try (OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build()) {
                long locations =
                        client
                                .connect(versions.substring("versions: ".length()), "it-token")
                                .v221()
                                .locationsSender()
                                .stream(ListQuery.all())
                                .count();
                assertThat(locations).isGreaterThanOrEqualTo(50);
            }
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void jarGetPrintsOnlyJsonLinesOnStdoutInUtf8AndErrorsOnStderr() throws Exception {
        List<String> locations = new ArrayList<>(FakePartner.copies("location_example.json", "id", "LOC", 5));
        locations.set(3, FakePartner.with(locations.get(3), "name", "Gärtnerplatz – Süd ⚡"));
        // the last page links back to the second: the crawl stops there, after every location, with an error
        FakePartner partner = FakePartner.on(server)
                .module("locations", locations)
                .pageSize(2)
                .loopAtEnd();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                new File("target/ocpi4j.jar").getAbsolutePath(),
                "get",
                "--url",
                partner.versionsUrl(),
                "--token",
                FakePartner.TOKEN,
                "--party",
                "NL-TNM",
                "locations"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().put("LC_ALL", "C"); // a locale without UTF-8: stdout is UTF-8 all the same
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(1);
        assertThat(out)
                .isEqualTo(locations.stream()
                        .map(l -> OcpiJson.instance()
                                        .writeString(OcpiJson.instance()
                                                .read(l, Location.class)
                                                .get())
                                + "\n")
                        .collect(Collectors.joining()));
        assertThat(out).contains("\"name\":\"Gärtnerplatz – Süd ⚡\"");
        assertThat(err)
                .startsWith("error: OcpiPagingException: paging stopped after 3 pages: the partner links back to ")
                .doesNotContain("DEBUG");
    }
}
