package io.github.ocpi4j.examples.readme;

import static io.github.ocpi4j.examples.readme.ReadmeSnippets.compiledSnippets;
import static io.github.ocpi4j.examples.readme.ReadmeSnippets.firstDifference;
import static io.github.ocpi4j.examples.readme.ReadmeSnippets.printedComments;
import static io.github.ocpi4j.examples.readme.ReadmeSnippets.readmeBlocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Every {@code ```java} block of README.md is compiled by a test source of this package, which holds its lines (see
 * {@link ReadmeSnippets}); the blocks that can run here print what their comments say.
 */
class ReadmeSnippetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledBySomeTestSource() {
        Set<String> uncompiled = new HashSet<>(readmeBlocks().keySet());
        uncompiled.removeAll(compiledSnippets().keySet());
        assertThat(uncompiled)
                .as(
                        "```java blocks of README.md that no source in %s holds between // README:begin <block>"
                                + " and // README:end",
                        ReadmeSnippets.SOURCES)
                .isEmpty();
    }

    @Test
    void everyMarkedRegionNamesABlockOfTheReadme() {
        Set<String> stale = new HashSet<>(compiledSnippets().keySet());
        stale.removeAll(readmeBlocks().keySet());
        assertThat(stale)
                .as("regions marked // README:begin <block> for which README.md has no ```java block below that"
                        + " heading")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeIsItsCompiledSourceLineForLine() {
        Map<String, ReadmeSnippets.Snippet> compiled = compiledSnippets();
        return readmeBlocks().values().stream()
                .filter(block -> compiled.containsKey(block.name()))
                .map(block -> DynamicTest.dynamicTest(
                        block.name(),
                        () -> firstDifference(block, compiled.get(block.name())).ifPresent(Assertions::fail)));
    }

    @Test
    void aBlockDifferingFromItsSourceIsNamedWithItsFirstDifferingLine() {
        ReadmeSnippets.Snippet shown = new ReadmeSnippets.Snippet("B", Path.of("README.md"), 10, List.of("a", "b"));
        ReadmeSnippets.Snippet compiled = new ReadmeSnippets.Snippet("B", Path.of("B.java"), 40, List.of("a", "c"));

        assertThat(firstDifference(shown, compiled))
                .contains("README block \"B\" differs from its compiled source at README.md line 11, B.java line 41:\n"
                        + "  README: b\n  source: c");
        assertThat(firstDifference(shown, new ReadmeSnippets.Snippet("B", Path.of("B.java"), 40, List.of("a"))))
                .hasValueSatisfying(difference -> assertThat(difference).endsWith("source: (the region has ended)"));
        assertThat(firstDifference(shown, shown)).isEmpty();
    }

    /** The violations the README's comments show, and the exception of {@code get()} on data that breaks rules. */
    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void readingJsonPrintsTheViolationsTheReadmeShows() throws IOException {
        ObjectNode location =
                (ObjectNode) JSON.readTree(Path.of("samples/location.json").toFile());
        ((ObjectNode) location.withArray("evses").get(0)).put("status", "BROKEN");
        ((ObjectNode) location.withArray("evses").get(1).withArray("connectors").get(0)).remove("last_updated");
        byte[] broken = JSON.writeValueAsBytes(location);

        byte[] page = tariffs();

        List<String> printed = printedBy(() -> assertThatThrownBy(
                        () -> JsonQuickStart.readAndValidate(broken, page, OcpiType.responseOfList(Tariff.class)))
                .isInstanceOf(OcpiValidationException.class));

        assertShown("Quick start: reading and validating OCPI JSON", printed);
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void readingValidJsonRunsTheWholeBlockAndPrintsNothing() throws IOException {
        byte[] valid = Files.readAllBytes(Path.of("samples/location.json"));
        byte[] page = tariffs();

        assertThat(printedBy(() -> JsonQuickStart.readAndValidate(valid, page, OcpiType.responseOfList(Tariff.class))))
                .isEmpty();
    }

    /** The samples {@code ocpi4j price} reads in the README's "Command line" cost what the pricing block prints. */
    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void pricingPrintsTheTotalTheReadmeShows() throws IOException {
        Tariff tariff = read("samples/tariff.json", Tariff.class);
        CDR cdr = read("samples/cdr.json", CDR.class);
        Tariff night = tariff.toBuilder().id("AC-NIGHT").build();
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        Instant start = cdr.startDateTime();
        List<MeterReading> readings = List.of(
                MeterReading.of(start, "0", "11", null),
                MeterReading.of(start.plusSeconds(3600), "11", "9", null),
                MeterReading.of(start.plusSeconds(12600), "33.5", "0", null));

        List<String> printed = printedBy(() -> PricingQuickStart.price(tariff, cdr, tariff, night, zone, readings));

        assertShown("Pricing: what a session costs under a tariff", printed);
    }

    private static void assertShown(String block, List<String> printed) {
        assertThat(printed)
                .as("what README block \"%s\" prints, and the comments that show it", block)
                .zipSatisfy(
                        printedComments(readmeBlocks().get(block)),
                        (line, shown) -> assertThat(line).matches(shown));
    }

    /** The lines a piece of code writes to {@code System.out}. */
    private static List<String> printedBy(Runnable code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] tariffs() throws IOException {
        return ("{\"status_code\": 1000, \"timestamp\": \"2026-03-03T09:31:00Z\", \"data\": ["
                        + Files.readString(Path.of("samples/tariff.json"), StandardCharsets.UTF_8) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        return OcpiJson.instance().read(Files.readAllBytes(Path.of(file)), type).get();
    }
}
