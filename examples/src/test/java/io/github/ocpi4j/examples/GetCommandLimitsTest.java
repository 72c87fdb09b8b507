package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.run;
import static io.github.ocpi4j.examples.FakePartner.TOKEN;
import static io.github.ocpi4j.examples.FakePartner.copies;
import static io.github.ocpi4j.examples.FakePartner.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocpi4j get} against a partner whose answers are huge, never end, trickle in or hold millions of empty
 * objects: the command stops at its limits with exit code 1 and one error line that names the limit and the option
 * that raises it, in its deadline and in a small heap.
 */
class GetCommandLimitsTest {
    /**
     * The heap of the command in a child JVM: far less than the answers the partner sends, and room for the objects
     * of a page at the default limit of 32 MiB (some 90 MiB of them).
     */
    private static final String HEAP = "-Xmx128m";

    /** How long a child JVM may take beyond the command's deadline: its start, and a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private static final String TOKEN_JSON =
            copies("token_example_1_app_user.json", "uid", "U", 1).get(0);

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    /** The partner's tokens list answers with this response; versions and details are the fake partner's. */
    private FakePartner tokensAnswer(java.util.function.Function<RecordedRequest, MockResponse> answer) {
        FakePartner partner = FakePartner.on(server).module("tokens", List.of());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().equals("/ocpi/2.2.1/tokens")
                        ? answer.apply(request)
                        : partner.dispatch(request);
            }
        });
        return partner;
    }

    /** A page of the list, linking to the next one: {@code count} copies of a token. */
    private static MockResponse.Builder endlessPage(HttpUrl url, int count) {
        int offset = url.queryParameter("offset") == null ? 0 : Integer.parseInt(url.queryParameter("offset"));
        HttpUrl next = url.newBuilder()
                .setQueryParameter("offset", Integer.toString(offset + count))
                .build();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(TOKEN_JSON);
        }
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .addHeader("Link", "<" + next + ">; rel=\"next\"")
                .body(envelope(1000, null, "[" + String.join(",", tokens) + "]"));
    }

    /**
     * A page of tokens of {@code bytes} bytes or more (a token's length more at most), written as it is sent, without
     * a Content-Length; {@code -1} for a page that never ends.
     */
    private static MockResponseBody hugePage(long bytes) {
        return streamedPage(TOKEN_JSON, bytes < 0 ? -1 : bytes / (TOKEN_JSON.length() + 1) + 1);
    }

    /**
     * A page of {@code count} copies of an element, written as it is sent, without a Content-Length; {@code -1} for a
     * page that never ends.
     */
    private static MockResponseBody streamedPage(String element, long count) {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8("{\"status_code\":1000,\"timestamp\":\"2024-01-01T00:00:00Z\",\"data\":[");
                byte[] first = element.getBytes(StandardCharsets.UTF_8);
                byte[] next = ("," + element).getBytes(StandardCharsets.UTF_8);
                for (long i = 0; count < 0 || i < count; i++) {
                    sink.write(i == 0 ? first : next);
                }
                sink.writeUtf8("]}");
            }
        };
    }

    /** What a child JVM printed and how it ended. */
    private record Child(int exit, String out, String err, Duration took) {}

    /** Runs {@code ocpi4j get} in a JVM of its own with a small heap, waiting at most {@code wait}. */
    private Child getInChildJvm(Duration wait, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                Ocpi4j.class.getName(),
                "get"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean ended = process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(ended)
                .as("get ended within " + wait + "; stderr: " + Files.readString(err))
                .isTrue();
        return new Child(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                took);
    }

    @Test
    void aPageOfAGigabyteIsCutAtTheDefaultResponseLimitInASmallHeap() throws Exception {
        FakePartner partner = tokensAnswer(r -> new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(hugePage(1L << 30))
                .build());

        Child result =
                getInChildJvm(MARGIN.multipliedBy(2), "--url", partner.versionsUrl(), "--token", TOKEN, "tokens");

        assertThat(result.err())
                .isEqualTo(
                        "error: OcpiResponseTooLargeException: HTTP 200: GET " + partner.url("/ocpi/2.2.1/tokens")
                                + ": the body is larger than the limit of 33554432 bytes; raise it with --max-response-bytes\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aPageOfEmptyObjectsJustUnderTheResponseLimitStopsAtTheElementLimitInASmallHeap() throws Exception {
        long objects = (33_554_432 - 100) / 3; // some 11 million, each read into a Token of empty fields
        FakePartner partner = tokensAnswer(r -> new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(streamedPage("{}", objects))
                .build());

        Child result =
                getInChildJvm(MARGIN.multipliedBy(2), "--url", partner.versionsUrl(), "--token", TOKEN, "tokens");

        assertThat(result.err())
                .isEqualTo("error: OcpiResponseTooLargeException: HTTP 200: GET " + partner.url("/ocpi/2.2.1/tokens")
                        + ": the body holds more than 524288 JSON array elements, the limit of one per 64 bytes of"
                        + " --max-response-bytes; raise it with --max-response-bytes\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aPageOfEmptyObjectsAtTheElementLimitListsAThousandViolationsInASmallHeap() throws Exception {
        FakePartner partner = tokensAnswer(r -> new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(envelope(1000, null, "[" + ",{}".repeat(524_288).substring(1) + "]"))
                .build()); // nine required fields missing in each of the 524288 tokens: 4718592 violations

        Child result =
                getInChildJvm(MARGIN.multipliedBy(2), "--url", partner.versionsUrl(), "--token", TOKEN, "tokens");

        assertThat(result.err())
                .startsWith("error: OcpiResponseValidationException: GET " + partner.url("/ocpi/2.2.1/tokens")
                        + ": data[0].country_code: required; data[0].party_id: required; ")
                .endsWith("; data[111].country_code: required; $: 4717592 more violations not listed\n");
        assertThat(result.err().split("; ")).hasSize(1_001);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aPageThatNeverEndsTricklingInStopsAtTheTimeout() throws Exception {
        FakePartner partner = tokensAnswer(r -> new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(hugePage(-1))
                .throttleBody(1, 1, TimeUnit.SECONDS)
                .build());

        Child result = getInChildJvm(
                Duration.ofSeconds(3).plus(MARGIN),
                "--url",
                partner.versionsUrl(),
                "--token",
                TOKEN,
                "--timeout",
                "3",
                "tokens");

        assertThat(result.err())
                .isEqualTo("error: OcpiPagingException: paging stopped after 1 page: the listing's deadline of 3 s"
                        + " passed while fetching " + partner.url("/ocpi/2.2.1/tokens")
                        + "; raise it with --timeout\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.took()).isLessThan(Duration.ofSeconds(3).plus(MARGIN));
    }

    @Test
    void pagesThatGoOnPastTheirTotalCountStopWithWhatCameBeforePrinted() {
        // [[transport_and_format_paginated_response]]: X-Total-Count is how many objects the list holds
        FakePartner partner = tokensAnswer(
                r -> endlessPage(r.getUrl(), 2).addHeader("X-Total-Count", 4).build());

        CommandLine result = get(partner, "tokens");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(8);
        assertThat(result.err())
                .isEqualTo("error: OcpiPagingException: paging stopped after 4 pages: the partner links to "
                        + partner.url("/ocpi/2.2.1/tokens?offset=8") + " after sending 8 objects, more than a page"
                        + " beyond the 4 its X-Total-Count announced\n");
    }

    @Test
    void pagesThatNeverEndStopAtMaxPages() {
        FakePartner partner = tokensAnswer(r -> endlessPage(r.getUrl(), 1).build());

        CommandLine result = get(partner, "--max-pages", "5", "tokens");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(5);
        assertThat(result.err())
                .isEqualTo("error: OcpiPagingException: paging stopped after 5 pages: the client's limit of 5 pages,"
                        + " before " + partner.url("/ocpi/2.2.1/tokens?offset=5") + "; raise it with --max-pages\n");
    }

    @Test
    void pagesThatNeverEndStopAtTheTimeout() {
        FakePartner partner = tokensAnswer(r -> endlessPage(r.getUrl(), 1).build());
        long started = System.nanoTime();

        CommandLine result = get(partner, "--timeout", "1", "tokens");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(1).plus(MARGIN));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isNotEmpty();
        assertThat(result.err())
                .matches("error: OcpiPagingException: paging stopped after \\d+ pages: the listing's deadline of 1 s"
                        + " passed(, before| while fetching) \\S+/ocpi/2\\.2\\.1/tokens\\?offset=\\d+; raise it with"
                        + " --timeout\n"); // between two pages, or during one
    }

    @Test
    void anAnswerTricklingInStopsAtTheCallTimeout() {
        FakePartner partner = FakePartner.on(server).module("tokens", List.of());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse versions = partner.dispatch(request);
                return new MockResponse.Builder(versions)
                        .throttleBody(1, 1, TimeUnit.SECONDS)
                        .build();
            }
        });
        long started = System.nanoTime();

        CommandLine result = get(partner, "--call-timeout", "1", "tokens");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(1).plus(MARGIN));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("error: OcpiTransportException: GET " + partner.versionsUrl() + ": InterruptedIOException:"
                        + " no complete answer after 1 attempt within the call deadline of 1 s; raise it with"
                        + " --call-timeout\n");
    }

    @Test
    void limitsAreWholeNumbersFromOne() {
        String url = "http://localhost:9/ocpi/versions";
        for (String option : List.of("--timeout", "--call-timeout", "--max-pages", "--max-response-bytes")) {
            for (String value : List.of("0", "-1", "1.5", "ten", "99999999999999999999")) {
                CommandLine result = run("get", "--url", url, "--token", "t", option, value, "tokens");
                assertThat(result.exit()).isEqualTo(2);
                assertThat(result.err()).startsWith("ocpi4j get: " + option + ": " + value + " is not a whole number");
            }
        }
        assertThat(run("get", "--url", url, "--token", "t", "--max-pages", "2147483648", "tokens")
                        .err())
                .startsWith("ocpi4j get: --max-pages: 2147483648 is not a whole number from 1 to 2147483647\n");
        assertThat(run("get", "--url", url, "--token", "t", "tokens", "--timeout")
                        .err())
                .startsWith("ocpi4j get: --timeout needs a value\n");
    }

    @Test
    void helpNamesTheLimitsAndTheirDefaults() {
        assertThat(run("get", "--help").out())
                .contains(
                        "[--timeout <seconds>] [--call-timeout <seconds>] [--max-pages <N>] [--max-response-bytes <N>]")
                .contains("(default 3600)")
                .contains("retries included (default 120)")
                .contains("at most N pages (default 10000)")
                .contains("(default 33554432, 32 MiB)");
    }

    /** Runs get in this JVM against the partner. */
    private static CommandLine get(FakePartner partner, String... args) {
        List<String> all = new ArrayList<>(List.of("get", "--url", partner.versionsUrl(), "--token", TOKEN));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
