package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.tokens.Token;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

/**
 * A malicious or broken partner cannot make the client hold more than its response limit, wait past its deadlines,
 * or page forever: huge answers, endless pages with and without a lying {@code X-Total-Count} ({@code
 * [[transport_and_format_pagination]]}), and answers trickling in one byte a second.
 */
class ClientLimitsTest {
    /** Long enough for anything these tests wait for on a busy machine; each test's deadline is far shorter. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(20);

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner partner = new MockPartner(server, "tokens/SENDER");

    private static String token(long i) {
        return """
                {"country_code":"NL","party_id":"TNM","uid":"T%d","type":"RFID","contract_id":"NL-TNM-C%d",\
                "issuer":"TNM","valid":true,"whitelist":"ALLOWED","last_updated":"2024-01-01T00:00:00Z"}""".formatted(i, i);
    }

    /** A page of tokens numbered from {@code first}, linking to the next page: a list that never ends. */
    private static MockResponse.Builder endlessPage(HttpUrl url, int size) {
        int offset = url.queryParameter("offset") == null ? 0 : Integer.parseInt(url.queryParameter("offset"));
        List<String> tokens = new ArrayList<>();
        for (int i = offset; i < offset + size; i++) {
            tokens.add(token(i));
        }
        HttpUrl next = url.newBuilder()
                .setQueryParameter("offset", Integer.toString(offset + size))
                .build();
        return new MockResponse.Builder(MockPartner.ok("[" + String.join(",", tokens) + "]"))
                .setHeader("Link", "<" + next + ">; rel=\"next\"");
    }

    /** A 200 answer whose body is a page of tokens that never ends, generated as it is sent, without a length. */
    private static MockResponse endlessBody(AtomicLong sent) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return -1;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.writeUtf8("{\"status_code\":1000,\"timestamp\":\"2024-01-01T00:00:00Z\",\"data\":[");
                        for (long i = 0; ; i++) {
                            byte[] object = ((i == 0 ? "" : ",") + token(i)).getBytes(StandardCharsets.UTF_8);
                            sink.write(object);
                            sent.addAndGet(object.length);
                        }
                    }
                })
                .build();
    }

    private Partner connect(OcpiClient client) {
        return client.connect(partner.versionsUrl(), "token");
    }

    @Test
    void answerWhoseContentLengthIsAboveTheLimitFailsNamingTheLimit() {
        StringBuilder versions = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            versions.append(versions.length() == 0 ? "" : ",")
                    .append("{\"version\":\"2.")
                    .append(i)
                    .append("\",\"url\":\"https://cpo.example.com/")
                    .append(i)
                    .append("\"}");
        }
        partner.on("/versions", r -> MockPartner.ok("[" + versions + "]"));
        OcpiClient client = OcpiClient.builder().maxResponseBytes(10_000).build();

        assertThatThrownBy(() -> connect(client)).isInstanceOfSatisfying(OcpiResponseTooLargeException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.limit()).isEqualTo(10_000);
            assertThat(e.contentLength()).isGreaterThan(10_000);
            assertThat(e.url()).isEqualTo(partner.versionsUrl());
            assertThat(e)
                    .hasMessageContaining("more than the client's limit of 10000 bytes")
                    .hasMessageContaining("raise it with OcpiClient.Builder.maxResponseBytes");
        });
        assertThat(partner.requests).hasSize(1); // a GET, but an answer too large is not asked for again
    }

    @Test
    void endlessPageWithoutContentLengthIsCutAtTheLimitAndNotRetried() {
        AtomicLong sent = new AtomicLong();
        partner.on("/2.2.1/tokens/SENDER", r -> endlessBody(sent));
        OcpiClient client = OcpiClient.builder().maxResponseBytes(1_000_000).build();
        long started = System.nanoTime();

        assertThatThrownBy(() -> connect(client).v221().tokensSender().stream(ListQuery.all())
                        .count())
                .isInstanceOfSatisfying(OcpiResponseTooLargeException.class, e -> {
                    assertThat(e.limit()).isEqualTo(1_000_000);
                    assertThat(e.contentLength()).isEqualTo(-1);
                    assertThat(e).hasMessageContaining("with a body longer than the client's limit of 1000000 bytes");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDS_WITHIN);
        assertThat(partner.calls()).hasSize(1);
    }

    @Test
    void errorPageAboveTheLimitIsStillReportedByItsStatus() {
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> new MockResponse.Builder()
                        .code(404)
                        .chunkedBody("<html>" + "x".repeat(50_000) + "</html>", 1024)
                        .build());
        OcpiClient client = OcpiClient.builder().maxResponseBytes(10_000).build();

        assertThatThrownBy(() -> connect(client).v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(
                        OcpiHttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }

    @Test
    void answerOfOneByteASecondEndsAtTheCallDeadline() {
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> new MockResponse.Builder(MockPartner.ok("[" + token(1) + "]"))
                        .throttleBody(1, 1, TimeUnit.SECONDS)
                        .build());
        OcpiClient client =
                OcpiClient.builder().callTimeout(Duration.ofMillis(1500)).build();
        Partner cpo = connect(client);
        long started = System.nanoTime();

        assertThatThrownBy(() -> cpo.v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(OcpiTransportException.class, e -> {
                    assertThat(e.getCause()).isInstanceOf(InterruptedIOException.class);
                    assertThat(e)
                            .hasMessageContaining("within the call deadline of 1500 ms")
                            .hasMessageContaining("raise it with OcpiClient.Builder.callTimeout");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDS_WITHIN);
        assertThat(partner.calls()).hasSize(1); // no time is left for another attempt
    }

    @Test
    void aReadTimeoutSetOnTheBuilderEndsTheAttemptOfAPartnerThatFallsSilent() {
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> new MockResponse.Builder(MockPartner.ok("[" + token(1) + "]"))
                        .throttleBody(1, 1, TimeUnit.SECONDS)
                        .build());
        OcpiClient client = OcpiClient.builder()
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofMillis(300))
                .build();
        Partner cpo = connect(client);
        long started = System.nanoTime();

        assertThatThrownBy(() -> cpo.v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(OcpiTransportException.class, e -> {
                    // a read timeout of OkHttp, not the call deadline of two minutes
                    assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
                    assertThat(e).hasMessageNotContaining("call deadline");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDS_WITHIN);
    }

    @Test
    void ownOkHttpClientHasTheBuildersTimeoutsOrTheDefaults() {
        try (OcpiClient client =
                OcpiClient.builder().connectTimeout(Duration.ofSeconds(2)).build()) {
            assertThat(client.http().connectTimeoutMillis()).isEqualTo(2_000);
            assertThat(client.http().readTimeoutMillis()).isEqualTo(OcpiClient.Builder.DEFAULT_READ_TIMEOUT.toMillis());
            assertThat(client.http().writeTimeoutMillis())
                    .isEqualTo(OcpiClient.Builder.DEFAULT_WRITE_TIMEOUT.toMillis());
        }
    }

    @Test
    void timeoutsSetOnTheBuilderOverrideThoseOfTheHostsOkHttpClientWhoseOthersStay() {
        OkHttpClient host = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(4))
                .writeTimeout(Duration.ofSeconds(5))
                .build();

        OcpiClient client = OcpiClient.builder()
                .okHttpClient(host)
                .readTimeout(Duration.ofSeconds(40))
                .build();
        client.close();

        assertThat(client.http().readTimeoutMillis()).isEqualTo(40_000);
        assertThat(client.http().connectTimeoutMillis()).isEqualTo(3_000);
        assertThat(client.http().writeTimeoutMillis()).isEqualTo(5_000);
        assertThat(client.http().connectionPool()).isSameAs(host.connectionPool());
        assertThat(client.http().dispatcher()).isSameAs(host.dispatcher());
        assertThat(host.readTimeoutMillis()).isEqualTo(4_000);
        assertThat(host.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(OcpiClient.builder().okHttpClient(host).build().http().readTimeoutMillis())
                .isEqualTo(4_000);
    }

    @Test
    void retriesEndWhenTheirWaitWouldOutlastTheCallDeadline() {
        FakeClock clock = new FakeClock();
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> new MockResponse.Builder(MockPartner.envelope(503, 3000, null))
                        .setHeader("Retry-After", "3")
                        .build());
        OcpiClient client = OcpiClient.builder()
                .sleeper(clock)
                .retryPolicy(new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .callTimeout(Duration.ofSeconds(10))
                .build();
        Partner cpo = connect(client);

        assertThatThrownBy(() -> cpo.v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(
                        OcpiHttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThat(clock.waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(partner.calls()).hasSize(4); // at 0, 3, 6 and 9 s; one at 12 s would be past the deadline
    }

    @Test
    void endlessPagesWithALyingTotalCountStopPastTheCountAndAPage() {
        // [[transport_and_format_paginated_response]]: X-Total-Count is how many objects the list holds
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> endlessPage(r.getUrl(), 2).setHeader("X-Total-Count", 3).build());
        List<String> uids = new ArrayList<>();

        assertThatThrownBy(() -> connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all())
                        .forEach(t -> uids.add(t.uid().value())))
                .isInstanceOfSatisfying(OcpiPagingException.class, e -> {
                    assertThat(e.pages()).isEqualTo(3);
                    assertThat(e)
                            .hasMessageStartingWith("paging stopped after 3 pages: the partner links to ")
                            .hasMessageContaining(
                                    "after sending 6 objects, more than a page beyond the 3 its X-Total-Count announced");
                });
        assertThat(uids).hasSize(6);
        assertThat(partner.calls()).hasSize(3);
    }

    @Test
    void endlessPagesWithoutATotalCountStopAtTheListingDeadline() {
        partner.on("/2.2.1/tokens/SENDER", r -> endlessPage(r.getUrl(), 2).build());
        OcpiClient client =
                OcpiClient.builder().listingTimeout(Duration.ofSeconds(1)).build();
        Partner cpo = connect(client);
        List<Token> received = new ArrayList<>();
        long started = System.nanoTime();

        assertThatThrownBy(
                        () -> cpo.v221().tokensSender().stream(ListQuery.all()).forEach(received::add))
                .isInstanceOfSatisfying(OcpiPagingException.class, e -> {
                    assertThat(e.pages()).isGreaterThan(1);
                    assertThat(e)
                            .hasMessageContaining("the listing's deadline of 1 s")
                            .hasMessageContaining("raise it with OcpiClient.Builder.listingTimeout");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDS_WITHIN);
        assertThat(received).isNotEmpty();
    }

    @Test
    void pageTricklingInEndsTheListingAtItsDeadline() {
        partner.on(
                "/2.2.1/tokens/SENDER",
                r -> endlessPage(r.getUrl(), 2)
                        .throttleBody(1, 1, TimeUnit.SECONDS)
                        .build());
        OcpiClient client =
                OcpiClient.builder().listingTimeout(Duration.ofSeconds(1)).build(); // calls may take 2 minutes
        Partner cpo = connect(client);
        long started = System.nanoTime();

        assertThatThrownBy(
                        () -> cpo.v221().tokensSender().stream(ListQuery.all()).count())
                .isInstanceOfSatisfying(OcpiPagingException.class, e -> {
                    assertThat(e.pages()).isEqualTo(1);
                    assertThat(e).hasMessageContaining("the listing's deadline of 1 s");
                    assertThat(e).hasMessageContaining("passed while fetching " + partner.url("tokens/SENDER"));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ENDS_WITHIN);
    }

    @Test
    void lastPageThatIsEmptyAfterTheCountIsReachedEndsTheListingNormally() {
        // a server that links on from the page that completes the count: the empty page after it ends the list
        partner.on("/2.2.1/tokens/SENDER", r -> {
            int offset = r.getUrl().queryParameter("offset") == null
                    ? 0
                    : Integer.parseInt(r.getUrl().queryParameter("offset"));
            MockResponse.Builder page =
                    offset < 4 ? endlessPage(r.getUrl(), 2) : new MockResponse.Builder(MockPartner.ok("[]"));
            return page.setHeader("X-Total-Count", 4).build();
        });

        assertThat(connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all()))
                .hasSize(4);
        assertThat(partner.calls()).hasSize(3);
    }

    /** A page of {@code count} empty objects: three bytes each, each read into a token of empty fields. */
    private static MockResponse emptyObjects(int count) {
        return MockPartner.ok("[" + ",{}".repeat(count).substring(1) + "]");
    }

    @Test
    void pageWithMoreArrayElementsThanTheLimitFailsNamingTheLimitAndIsNotRetried() {
        partner.on("/2.2.1/tokens/SENDER", r -> emptyObjects(101));
        OcpiClient client = OcpiClient.builder().maxResponseElements(100).build();

        assertThatThrownBy(() -> connect(client).v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(OcpiResponseTooLargeException.class, e -> {
                    assertThat(e.exceeded()).isEqualTo(OcpiResponseTooLargeException.Limit.ELEMENTS);
                    assertThat(e.limit()).isEqualTo(100);
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e)
                            .hasMessageContaining(
                                    "with a body of more than 100 JSON array elements, the client's limit")
                            .hasMessageContaining("raise it with OcpiClient.Builder.maxResponseElements");
                });
        assertThat(partner.calls()).hasSize(1);
    }

    @Test
    void elementsOfUnknownFieldsAreSkippedNotCounted() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            tokens.add(token(i).replace("\"valid\"", "\"x_history\":[{},{},{}],\"valid\""));
        }
        partner.on("/2.2.1/tokens/SENDER", r -> MockPartner.ok("[" + String.join(",", tokens) + "]"));
        OcpiClient client = OcpiClient.builder().maxResponseElements(25).build();

        assertThat(connect(client).v221().tokensSender().stream(ListQuery.all()))
                .hasSize(25);
    }

    @Test
    void theElementLimitComesWithTheByteLimitOnePerSixtyFourBytes() {
        partner.on("/2.2.1/tokens/SENDER", r -> emptyObjects(1_001));
        OcpiClient client = OcpiClient.builder().maxResponseBytes(64_000).build();

        assertThatThrownBy(() -> connect(client).v221().tokensSender().page(ListQuery.all()))
                .isInstanceOfSatisfying(OcpiResponseTooLargeException.class, e -> {
                    assertThat(e.exceeded()).isEqualTo(OcpiResponseTooLargeException.Limit.ELEMENTS);
                    assertThat(e.limit()).isEqualTo(1_000);
                });
    }

    @Test
    void pageOfEmptyObjectsAtTheDefaultElementLimitIsReadAndFailsWithAThousandViolations() {
        int limit = OcpiClient.Builder.DEFAULT_MAX_RESPONSE_ELEMENTS;
        partner.on("/2.2.1/tokens/SENDER", r -> emptyObjects(limit));

        assertThatThrownBy(() -> connect(OcpiClient.builder().build())
                        .v221()
                        .tokensSender()
                        .page(ListQuery.all()))
                .isInstanceOfSatisfying(OcpiResponseValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(OcpiJson.MAX_VIOLATIONS + 1);
                    assertThat(e.violations().get(OcpiJson.MAX_VIOLATIONS).rule())
                            .endsWith(" more violations not listed");
                });
        partner.on("/2.2.1/tokens/SENDER", r -> emptyObjects(limit + 1));

        assertThatThrownBy(() -> connect(OcpiClient.builder().build())
                        .v221()
                        .tokensSender()
                        .page(ListQuery.all()))
                .isInstanceOfSatisfying(
                        OcpiResponseTooLargeException.class,
                        e -> assertThat(e.limit()).isEqualTo(524_288));
    }

    @Test
    void limitsMustBePositive() {
        OcpiClient.Builder builder = OcpiClient.builder();
        assertThatThrownBy(() -> builder.maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxResponseElements(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.callTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.listingTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.readTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.writeTimeout(Duration.ZERO))
                .hasMessage("writeTimeout must be positive, was PT0S");
    }

    /** Time that moves only when the client waits to retry, so that deadlines and retries meet exactly. */
    private static final class FakeClock implements io.github.ocpi4j.client.internal.Sleeper {
        final List<Duration> waits = new ArrayList<>();
        private long now;

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            now += duration.toNanos();
        }

        @Override
        public long nanoTime() {
            return now;
        }
    }
}
