package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.v221.tokens.Token;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Paginated GETs, {@code [[transport_and_format_pagination]]}, over a partner's Tokens Sender interface. */
class PagingTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner partner = new MockPartner(server, "tokens/SENDER");
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    private static String token(String uid) {
        return """
                {"country_code":"NL","party_id":"TNM","uid":"%s","type":"RFID","contract_id":"NL-TNM-C%s",
                 "issuer":"TNM","valid":true,"whitelist":"ALLOWED","last_updated":"2024-01-01T00:00:00Z"}""".formatted(uid, uid);
    }

    /** Serves {@link #tokens} by offset and limit, as a conforming server does; {@code link} makes the next link. */
    private void serve(int pageSize, Function<HttpUrl, String> link) {
        partner.on("/2.2.1/tokens/SENDER", request -> {
            HttpUrl url = request.getUrl();
            int offset = param(url, "offset", 0);
            int limit = Math.min(param(url, "limit", pageSize), pageSize);
            List<String> all = new ArrayList<>(tokens);
            int end = Math.min(all.size(), offset + limit);
            String data = "[" + String.join(",", all.subList(Math.min(offset, end), end)) + "]";
            MockResponse.Builder response = new MockResponse.Builder(MockPartner.ok(data))
                    .setHeader("X-Total-Count", all.size())
                    .setHeader("X-Limit", pageSize);
            if (end < all.size()) {
                HttpUrl next = url.newBuilder()
                        .setQueryParameter("offset", Integer.toString(end))
                        .setQueryParameter("limit", Integer.toString(limit))
                        .build();
                response.setHeader("Link", "<" + link.apply(next) + ">; rel=\"next\"");
            }
            return response.build();
        });
    }

    private static int param(HttpUrl url, String name, int otherwise) {
        String value = url.queryParameter(name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    private void tokens(int count) {
        IntStream.range(0, count).forEach(i -> tokens.add(token(String.format("T%04d", i))));
    }

    private Partner connect(OcpiClient client) {
        return client.connect(partner.versionsUrl(), "token");
    }

    private List<String> uids(Stream<Token> stream) {
        return stream.map(t -> t.uid().value()).toList();
    }

    @Test
    void streamFollowsTheNextLinksThroughEveryPage() {
        tokens(1234);
        serve(50, HttpUrl::toString);
        Instant from = Instant.parse("2023-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-01-01T00:00:00Z");

        List<String> uids = uids(connect(OcpiClient.builder().build()).v221().tokensSender().stream(
                ListQuery.all().dateFrom(from).dateTo(to)));

        assertThat(uids)
                .hasSize(1234)
                .doesNotHaveDuplicates()
                .startsWith("T0000")
                .endsWith("T1233");
        List<RecordedRequest> pages = partner.calls();
        assertThat(pages).hasSize(25);
        assertThat(pages).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("date_from")).isEqualTo("2023-01-01T00:00:00Z");
            assertThat(r.getUrl().queryParameter("date_to")).isEqualTo("2025-01-01T00:00:00Z");
        });
        assertThat(pages.stream()
                        .map(r -> r.getHeaders().get("X-Correlation-ID"))
                        .distinct())
                .hasSize(1);
    }

    @Test
    void pageTellsTheHeadersAndTheNextPage() {
        tokens(120);
        serve(50, HttpUrl::toString);

        Page<Token> first = connect(OcpiClient.builder().build())
                .v221()
                .tokensSender()
                .page(ListQuery.all().limit(100));

        assertThat(first.items()).hasSize(50);
        assertThat(first.totalCount()).isEqualTo(120);
        assertThat(first.limit()).isEqualTo(50);
        assertThat(first.hasNext()).isTrue();
        assertThat(HttpUrl.get(first.nextUrl()).queryParameter("offset")).isEqualTo("50");
        assertThat(partner.calls().get(0).getUrl().queryParameter("limit")).isEqualTo("100");

        Page<Token> last = connect(OcpiClient.builder().build())
                .v221()
                .tokensSender()
                .page(ListQuery.all().offset(100));
        assertThat(last.items()).hasSize(20);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void streamIsLazyAndFetchesOnlyThePagesConsumed() {
        tokens(500);
        serve(50, HttpUrl::toString);

        List<String> five = uids(connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all())
                .limit(5));

        assertThat(five).containsExactly("T0000", "T0001", "T0002", "T0003", "T0004");
        assertThat(partner.calls()).hasSize(1);
    }

    @Test
    void dateFiltersAreKeptWhenANextLinkLeavesThemOut() {
        tokens(120);
        serve(
                50,
                next -> next.newBuilder()
                        .removeAllQueryParameters("date_from")
                        .build()
                        .toString());

        uids(connect(OcpiClient.builder().build()).v221().tokensSender().stream(
                ListQuery.all().dateFrom(Instant.parse("2023-01-01T00:00:00Z"))));

        assertThat(partner.calls())
                .hasSize(3)
                .allSatisfy(
                        r -> assertThat(r.getUrl().queryParameter("date_from")).isEqualTo("2023-01-01T00:00:00Z"));
    }

    @Test
    void relativeNextLinksAreResolved() {
        tokens(120);
        serve(50, next -> next.encodedPath() + "?" + next.encodedQuery());

        assertThat(uids(connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all())))
                .hasSize(120);
    }

    @Test
    void objectThatLeavesTheListDuringTheCrawlMakesNoOtherObjectGetLost() {
        // [[transport_and_format_paginated_response]]: X-Total-Count lower, redo the GET with the offset lowered
        tokens(150);
        serve(50, HttpUrl::toString);
        java.util.Iterator<Token> crawl = connect(OcpiClient.builder().build()).v221().tokensSender().stream(
                        ListQuery.all())
                .iterator();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seen.add(crawl.next().uid().value());
        }

        tokens.remove(10); // T0010 leaves the list: everything after it moves one place up
        crawl.forEachRemaining(t -> seen.add(t.uid().value()));

        List<String> expected =
                IntStream.range(0, 150).mapToObj(i -> String.format("T%04d", i)).toList();
        assertThat(seen).containsAll(expected).doesNotHaveDuplicates();
        assertThat(partner.calls())
                .extracting(r -> r.getUrl().queryParameter("offset"))
                .containsExactly(null, "50", "49", "99");
    }

    @Test
    void objectsAddedDuringTheCrawlAreFoundAtTheEnd() {
        // [[transport_and_format_paginated_response]]: a new object only changes the last page, no retry needed
        tokens(100);
        serve(50, HttpUrl::toString);
        java.util.Iterator<Token> crawl = connect(OcpiClient.builder().build()).v221().tokensSender().stream(
                        ListQuery.all())
                .iterator();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seen.add(crawl.next().uid().value());
        }

        tokens.add(token("NEW1"));
        crawl.forEachRemaining(t -> seen.add(t.uid().value()));

        assertThat(seen).hasSize(101).endsWith("NEW1");
    }

    @Test
    void pageThatLinksToItselfEndsTheCrawlWithAnError() {
        tokens(100);
        partner.on(
                "/2.2.1/tokens/SENDER",
                request -> new MockResponse.Builder(MockPartner.ok("[" + String.join(",", tokens.subList(0, 50)) + "]"))
                        .setHeader("Link", "<" + request.getUrl() + ">; rel=\"next\"")
                        .build());

        List<String> uids = new ArrayList<>();

        assertThatThrownBy(() -> connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all())
                        .forEach(t -> uids.add(t.uid().value())))
                .isInstanceOfSatisfying(OcpiPagingException.class, e -> {
                    assertThat(e.pages()).isEqualTo(1);
                    assertThat(e).hasMessageContaining("the partner links back to");
                });
        assertThat(uids).hasSize(50);
        assertThat(partner.calls()).hasSize(1);
    }

    @Test
    void linksThatCycleBetweenPagesEndTheCrawlWithAnError() {
        tokens(100);
        partner.on("/2.2.1/tokens/SENDER", partnerCycle());

        List<String> uids = new ArrayList<>();

        assertThatThrownBy(() -> connect(OcpiClient.builder().build()).v221().tokensSender().stream(ListQuery.all())
                        .forEach(t -> uids.add(t.uid().value())))
                .isInstanceOf(OcpiPagingException.class);
        assertThat(uids).hasSize(150); // page 1, page 2, page 1 under another URL; then page 2's URL again: stop
        assertThat(partner.calls()).hasSize(3);
    }

    /** Page 1 links to page 2, page 2 links back to page 1 (with an explicit offset and limit). */
    private Function<RecordedRequest, MockResponse> partnerCycle() {
        return request -> {
            int offset = param(request.getUrl(), "offset", 0);
            int nextOffset = offset == 0 ? 50 : 0;
            HttpUrl next = request.getUrl()
                    .newBuilder()
                    .setQueryParameter("offset", Integer.toString(nextOffset))
                    .setQueryParameter("limit", "50")
                    .build();
            return new MockResponse.Builder(
                            MockPartner.ok("[" + String.join(",", tokens.subList(offset, offset + 50)) + "]"))
                    .setHeader("Link", "<" + next + ">; rel=\"next\"")
                    .build();
        };
    }

    @Test
    void pageLimitOfTheClientEndsAnEndlessCrawlWithAnError() {
        partner.on("/2.2.1/tokens/SENDER", request -> {
            int offset = param(request.getUrl(), "offset", 0);
            HttpUrl next = request.getUrl()
                    .newBuilder()
                    .setQueryParameter("offset", Integer.toString(offset + 1))
                    .build();
            return new MockResponse.Builder(MockPartner.ok("[" + token("T" + offset) + "]"))
                    .setHeader("Link", "<" + next + ">; rel=\"next\"")
                    .build();
        });

        List<String> uids = new ArrayList<>();

        assertThatThrownBy(() -> connect(OcpiClient.builder().maxPages(7).build()).v221().tokensSender().stream(
                                ListQuery.all())
                        .forEach(t -> uids.add(t.uid().value())))
                .isInstanceOfSatisfying(
                        OcpiPagingException.class, e -> assertThat(e.pages()).isEqualTo(7));
        assertThat(uids).hasSize(7);
    }
}
