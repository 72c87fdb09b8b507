package io.github.ocpi4j.server.jdk;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerFixture;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK adapter over loopback, spoken to through raw sockets: HTTP/1.1 as RFC 9112 has it (keep-alive,
 * pipelining, chunked bodies, framing that two readers could read differently refused), its limits and deadlines,
 * and clients that misbehave (slowloris, bodies that never end, clients that never read, TLS, aborted uploads). The
 * bounds on time are generous: they tell a server that answers from one that does not, not a fast one from a slow
 * one.
 */
class JdkHttpServerAdapterTest {
    private static final String VERSIONS = "/ocpi/versions";
    private static final String PAGE = "/ocpi/2.2.1/sender/locations?limit=100";
    /** A location of some 4 MB: more than the sockets' buffers hold (2.5 MB here), so that one unread answer stalls. */
    private static final String BIG = "/ocpi/2.2.1/sender/locations/BIG";

    private static final String ONE = "/ocpi/2.2.1/sender/locations/LOC001";

    private static final String RECEIVER = "/ocpi/2.2.1/receiver/locations/NL/EMS/";
    private static final String LOCATION =
            example("location_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final Duration SHORT = Duration.ofMillis(300);
    /** The start of a TLS 1.2 ClientHello: a handshake record, then the hello's version and random bytes. */
    private static final byte[] TLS_CLIENT_HELLO = {
        0x16,
        0x03,
        0x01,
        0x00,
        (byte) 0xa5,
        0x01,
        0x00,
        0x00,
        (byte) 0xa1,
        0x03,
        0x03,
        0x5b,
        (byte) 0x90,
        0x4e,
        0x1d,
        (byte) 0xc2,
        0x00,
        0x11,
        0x22,
        0x33,
        0x44,
        0x55,
        0x66,
        0x77,
        (byte) 0x88,
        (byte) 0x99,
        0x0a,
        0x0d
    };

    private final Sender sender = new Sender();
    private final InMemoryLocations receiver = new InMemoryLocations();
    private final ServerFixture fixture = new ServerFixture(
            s -> s.locationsSender(sender).locationsReceiver(receiver), b -> b.maxBodyBytes(MAX_BODY_BYTES));
    private final List<AutoCloseable> opened = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void closeAll() throws Exception {
        sender.open();
        List<AutoCloseable> all = new ArrayList<>(opened);
        Collections.reverse(all); // the clients first, then the adapters
        for (AutoCloseable c : all) {
            c.close();
        }
    }

    // ---- HTTP/1.1

    @Test
    void answersRequestAfterRequestOnOneConnectionEachWithLengthAndDate() throws Exception {
        Raw raw = new Raw(start().port());

        Answer first = raw.send(get(VERSIONS)).answer();
        Answer second = raw.send(get(PAGE)).answer();

        for (Answer answer : List.of(first, second)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers()).containsKeys("content-length", "date").doesNotContainKey("connection");
            assertThat(answer.body()).startsWith("{").endsWith("}");
        }
        assertThat(second.headers()).containsEntry("x-total-count", "100");
    }

    @Test
    void closesTheConnectionAfterTheAnswerWhenTheClientSaysClose() throws Exception {
        Raw raw = new Raw(start().port());

        Answer answer = raw.send(get(VERSIONS, "Connection: close")).answer();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("connection", "close");
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void http10ClientGetsItsConnectionClosedUnlessItAsksToKeepIt() throws Exception {
        int port = start().port();
        Raw once = new Raw(port);
        Raw kept = new Raw(port);
        String http10 = "GET " + VERSIONS + " HTTP/1.0\r\n" + authorization() + "\r\n";
        String keepAlive = "GET " + VERSIONS + " HTTP/1.0\r\nConnection: keep-alive\r\n" + authorization() + "\r\n";

        assertThat(once.send(http10).answer().status()).isEqualTo(200);
        assertThat(once.closedByServer()).isTrue();
        Answer first = kept.send(keepAlive).answer();
        assertThat(first.headers()).containsEntry("connection", "keep-alive");
        assertThat(kept.send(keepAlive).answer().status()).isEqualTo(200);
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderSent() throws Exception {
        Raw raw = new Raw(start().port());

        raw.send(get(VERSIONS, "X-Request-ID: r1")
                + put(RECEIVER + "LOC1", LOCATION, "X-Request-ID: r2")
                + get(RECEIVER + "LOC1", "X-Request-ID: r3"));

        List<Answer> answers = List.of(raw.answer(), raw.answer(), raw.answer());
        assertThat(answers).extracting(a -> a.headers().get("x-request-id")).containsExactly("r1", "r2", "r3");
        assertThat(answers).extracting(Answer::status).containsExactly(200, 201, 200);
        assertThat(answers.get(2).body()).contains("\"id\":\"LOC1\"");
    }

    @Test
    void requestsSentWhileOneIsHandledAreAnsweredAfterItInOrderEvenWhenTheyFillTheBuffer() throws Exception {
        Raw raw = new Raw(start().port());
        sender.close();
        raw.send(get(PAGE, "X-Request-ID: first"));
        sender.awaitEntered();
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 300; i++) { // some 50 KB: more than the connection keeps while the first is handled
            more.append(get(ONE, "X-Request-ID: r" + i));
        }
        raw.send(more.toString());
        sender.open();

        assertThat(raw.answer().headers()).containsEntry("x-request-id", "first");
        for (int i = 0; i < 300; i++) {
            Answer answer = raw.answer();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers()).containsEntry("x-request-id", "r" + i);
        }
        assertThat(raw.send(get(VERSIONS)).answer().status()).isEqualTo(200);
    }

    @Test
    void clientThatEndsItsSideWhileItsRequestIsHandledStillGetsTheAnswer() throws Exception {
        Raw raw = new Raw(start().port());
        sender.close();
        raw.send(get(PAGE));
        sender.awaitEntered();
        raw.endOutput();
        Thread.sleep(100); // the server sees the end while the request is handled

        sender.open();

        assertThat(raw.answer().status()).isEqualTo(200);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void chunkedBodyReachesTheServerWithExtensionsAndTrailersDropped() throws Exception {
        Raw raw = new Raw(start().port());
        byte[] body = LOCATION.getBytes(UTF_8);
        int half = body.length / 2;

        raw.send(head("PUT", RECEIVER + "LOC1", "Content-Type: application/json", "Transfer-Encoding: chunked"));
        raw.send(Integer.toHexString(half) + ";name=value\r\n").send(Arrays.copyOfRange(body, 0, half));
        raw.send("\r\n" + Integer.toHexString(body.length - half) + "\r\n")
                .send(Arrays.copyOfRange(body, half, body.length));
        raw.send("\r\n0\r\nX-Checksum: 1\r\n\r\n");

        assertThat(raw.answer().status()).isEqualTo(201);
        assertThat(receiver.received).containsKey("NL/EMS/LOC1");
        assertThat(raw.send(get(VERSIONS)).answer().status()).isEqualTo(200);
    }

    @Test
    void malformedChunkIsAnswered400AndTheConnectionClosed() throws Exception {
        int port = start().port();
        String chunked = head("PUT", RECEIVER + "LOC1", "Content-Type: application/json", "Transfer-Encoding: chunked");

        for (String chunks : List.of("zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n", "2\n{}\r\n0\r\n\r\n")) {
            Raw raw = new Raw(port);
            Answer answer = raw.send(chunked + chunks).answer();

            assertThat(answer.status()).as(chunks).isEqualTo(400);
            assertThat(answer.body()).as(chunks).startsWith("malformed chunked body");
            assertThat(raw.closedByServer()).as(chunks).isTrue();
        }
    }

    @Test
    void requestsThatTwoReadersCouldFrameDifferentlyAreRefusedAndTheConnectionClosed() throws Exception {
        int port = start().port();
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put(head("PUT", RECEIVER + "L", "Content-Length: 2", "Transfer-Encoding: chunked") + "{}", 400);
        refused.put(head("PUT", RECEIVER + "L", "Content-Length: 2", "Content-Length: 3") + "{} ", 400);
        refused.put(head("PUT", RECEIVER + "L", "Content-Length: 2, 3") + "{} ", 400);
        refused.put(head("PUT", RECEIVER + "L", "Content-Length: +2") + "{}", 400);
        refused.put(head("PUT", RECEIVER + "L", "Transfer-Encoding: chunked, gzip") + "0\r\n\r\n", 400);
        refused.put(head("PUT", RECEIVER + "L", "Transfer-Encoding: chunked, chunked") + "0\r\n\r\n", 400);
        refused.put(head("PUT", RECEIVER + "L", "Transfer-Encoding:") + "0\r\n\r\n", 400);
        refused.put(head("PUT", RECEIVER + "L", "Transfer-Encoding: gzip, chunked") + "0\r\n\r\n", 501);
        refused.put("PUT " + RECEIVER + "L HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
        refused.put(head("GET", VERSIONS, "X-Folded: a", " b"), 400);
        refused.put(head("GET", VERSIONS, "X-Space : a"), 400);
        refused.put(head("GET", VERSIONS, "X-Cr: a\rb"), 400);
        refused.put("GET " + VERSIONS + " HTTP/1.1\r\n" + authorization() + "\r\n", 400);
        refused.put(head("GET", VERSIONS, "Host: second"), 400);

        for (Map.Entry<String, Integer> request : refused.entrySet()) {
            Raw raw = new Raw(port);
            Answer answer = raw.send(request.getKey()).answer();

            assertThat(answer.status()).as(request.getKey()).isEqualTo(request.getValue());
            assertThat(raw.closedByServer()).as(request.getKey()).isTrue();
        }
        assertThat(receiver.received).isEmpty();
    }

    @Test
    void bareLfEndsALineAsCrlfDoes() throws Exception {
        Raw raw = new Raw(start().port());

        Answer answer = within(
                PROMPTLY, () -> raw.send(get(VERSIONS).replace("\r\n", "\n")).answer());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(raw.send(get(VERSIONS).replace("\r\n", "\n")).answer().status())
                .isEqualTo(200);
    }

    @Test
    void clientThatExpects100ContinueGetsItBeforeSendingTheBody() throws Exception {
        Raw raw = new Raw(start().port());
        byte[] body = LOCATION.getBytes(UTF_8);

        Answer interim = raw.send(head(
                        "PUT",
                        RECEIVER + "LOC1",
                        "Content-Type: application/json",
                        "Content-Length: " + body.length,
                        "Expect: 100-continue"))
                .answer();
        Answer answer = raw.send(body).answer();

        assertThat(interim.statusLine()).isEqualTo("HTTP/1.1 100 Continue");
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void expectationOtherThan100ContinueIs417() throws Exception {
        Raw raw = new Raw(start().port());

        assertThat(raw.send(head("PUT", RECEIVER + "L", "Content-Length: 2", "Expect: 200-ok") + "{}")
                        .answer()
                        .status())
                .isEqualTo(417);
    }

    @Test
    void absoluteFormTargetIsServedByItsPathAndQuery() throws Exception {
        JdkHttpServerAdapter http = start();
        Raw raw = new Raw(http.port());

        Answer answer = raw.send(get("http://127.0.0.1:" + http.port() + PAGE)).answer();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("x-limit", "100");
    }

    @Test
    void headIsAnsweredAsGetWithoutItsBody() throws Exception {
        Raw raw = new Raw(start().port());

        Answer head = raw.send(head("HEAD", PAGE)).answerToHead();
        Answer get = raw.send(get(PAGE)).answer();

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().get("content-length"))
                .isEqualTo(String.valueOf(get.body().getBytes(UTF_8).length));
        assertThat(get.status()).isEqualTo(200);
    }

    @Test
    void unknownMajorVersionIs505AndALaterMinorVersionIsServedAsHttp11() throws Exception {
        int port = start().port();

        assertThat(new Raw(port)
                        .send(get(VERSIONS).replace("HTTP/1.1", "HTTP/2.0"))
                        .answer()
                        .status())
                .isEqualTo(505);
        assertThat(new Raw(port)
                        .send(get(VERSIONS).replace("HTTP/1.1", "HTTX/1.1"))
                        .answer()
                        .status())
                .isEqualTo(400);
        assertThat(new Raw(port)
                        .send(get(VERSIONS).replace("HTTP/1.1", "HTTP/1.2"))
                        .answer()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tlsHandshakeIsAnswered400AndClosedAtOnce() throws Exception {
        Raw raw = new Raw(start().port());

        Answer answer = within(PROMPTLY, () -> raw.send(TLS_CLIENT_HELLO).answer());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("not an HTTP request\n");
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void requestLineAndHeadersAboveTheirLimitsAre414And431() throws Exception {
        int port = start().port();
        String[] many = new String[101];
        Arrays.setAll(many, i -> "X-Field-" + i + ": " + i);

        assertThat(new Raw(port)
                        .send(get("/ocpi/" + "a".repeat(9_000)))
                        .answer()
                        .status())
                .isEqualTo(414);
        assertThat(new Raw(port)
                        .send(get(VERSIONS, "X-Large: " + "b".repeat(17_000)))
                        .answer()
                        .status())
                .isEqualTo(431);
        assertThat(new Raw(port).send(get(VERSIONS, many)).answer().status()).isEqualTo(431);
    }

    @Test
    void bodyAboveTheServersLimitIsAnswered413ByTheServerWithoutWaitingForTheRest() throws Exception {
        int port = start().port();
        String put = head("PUT", RECEIVER + "LOC1", "Content-Type: application/json", "Content-Length: 1000000000")
                + "x".repeat(MAX_BODY_BYTES + 1);
        String chunked = head("PUT", RECEIVER + "LOC1", "Content-Type: application/json", "Transfer-Encoding: chunked")
                + (Integer.toHexString(MAX_BODY_BYTES / 2) + "\r\n" + "x".repeat(MAX_BODY_BYTES / 2) + "\r\n")
                        .repeat(3);

        for (String request : List.of(put, chunked)) {
            Raw raw = new Raw(port);
            Answer answer = within(PROMPTLY, () -> raw.send(request).answer());

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("\"status_code\":2000", "larger than " + MAX_BODY_BYTES + " bytes");
            assertThat(answer.headers()).containsEntry("connection", "close");
            assertThat(raw.closedByServer()).isTrue();
        }
        assertThat(receiver.received).isEmpty();
    }

    @Test
    void malformedRequestsGetAPlainAnswerThatNamesNoJavaClass() throws Exception {
        int port = start().port();

        for (String request : List.of(
                head("GET", VERSIONS, "Content-Length: abc"),
                head("GET", "/ocpi/a%zz"),
                head("GET", "/ocpi/a|b"),
                head("GET", "/ocpi/versions#fragment"),
                "GET /ocpi versions HTTP/1.1\r\nHost: x\r\n\r\n")) {
            Answer answer = new Raw(port).send(request).answer();

            assertThat(answer.status()).as(request).isBetween(400, 499);
            assertThat(answer.body()).as(request).doesNotContain("Exception", "java.", "sun.", "<");
        }
    }

    // ---- limits and deadlines

    @Test
    void headThatTricklesInIsAnswered408AtItsDeadlineAnyway() throws Exception {
        Raw raw =
                new Raw(start(JdkHttpServerAdapter.builder().headTimeout(SHORT)).port());
        long started = System.nanoTime();

        raw.send("GET " + VERSIONS + " HTTP/1.1\r\nX-Slow: ");
        while (raw.nothingToRead() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5)) {
            raw.send("a"); // one byte every 50 ms: each would reset a timeout that counts from the last byte
            Thread.sleep(50);
        }
        Answer answer = raw.answer();

        assertThat(answer.status()).isEqualTo(408);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void bodyThatNeverEndsIsAnswered408AtItsDeadline() throws Exception {
        Raw raw =
                new Raw(start(JdkHttpServerAdapter.builder().bodyTimeout(SHORT)).port());

        raw.send(head("PUT", RECEIVER + "LOC1", "Transfer-Encoding: chunked") + "10\r\n0123456789");
        Answer answer = within(Duration.ofSeconds(3), raw::answer);

        assertThat(answer.status()).isEqualTo(408);
        assertThat(raw.closedByServer()).isTrue();
        assertThat(receiver.received).isEmpty();
    }

    @Test
    void connectionWithoutARequestClosesAfterTheIdleTimeout() throws Exception {
        Raw raw =
                new Raw(start(JdkHttpServerAdapter.builder().idleTimeout(SHORT)).port());

        assertThat(raw.send(get(VERSIONS)).answer().status()).isEqualTo(200);

        assertThat(within(Duration.ofSeconds(3), raw::closedByServer)).isTrue();
    }

    @Test
    void answerTheClientDoesNotReadClosesTheConnectionAtItsDeadline() throws Exception {
        Raw raw = new Raw(
                start(JdkHttpServerAdapter.builder().writeTimeout(SHORT)).port(), 4096);

        raw.send(get(BIG)).awaitTheAnswer();
        Thread.sleep(1_000); // the answer stalls, as the client does not read
        long read = within(Duration.ofSeconds(3), raw::readToTheEnd);

        assertThat(read).isPositive().isLessThan(Sender.BIG_LENGTH);
    }

    @Test
    void connectionAboveTheLimitIsAnswered503AndClosedUntilOneCloses() throws Exception {
        int port = start(JdkHttpServerAdapter.builder().maxConnections(2)).port();
        Raw first = new Raw(port);
        Raw second = new Raw(port);
        assertThat(first.send(get(VERSIONS)).answer().status()).isEqualTo(200);
        assertThat(second.send(get(VERSIONS)).answer().status()).isEqualTo(200);

        Raw third = new Raw(port);
        Answer refused = third.answer();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo("too many connections\n");
        assertThat(third.closedByServer()).isTrue();

        first.close();
        int status = 0;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3); status != 200 && System.nanoTime() < end; ) {
            try {
                status = new Raw(port).send(get(VERSIONS)).answer().status();
            } catch (IOException e) {
                status = -1; // the server had not seen the close yet
            }
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void requestTheExecutorRefusesIsAnswered503() throws Exception {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
        opened.add(one::shutdown);
        int port = start(JdkHttpServerAdapter.builder().executor(one)).port();
        sender.close();
        Raw busy = new Raw(port).send(get(PAGE));
        sender.awaitEntered();

        Answer refused = new Raw(port).send(get(VERSIONS)).answer();
        sender.open();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo("the server is busy; try again later\n");
        assertThat(busy.answer().status()).isEqualTo(200);
    }

    // ---- clients that misbehave

    @Test
    void sixtyFourSlowlorisConnectionsDoNotDelayANormalRequest() throws Exception {
        int port = start().port();
        for (int i = 0; i < 64; i++) {
            new Raw(port).send("GET " + VERSIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }

        Answer answer = within(PROMPTLY, () -> new Raw(port).send(get(VERSIONS)).answer());

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void bodiesThatNeverEndDoNotDelayANormalRequest() throws Exception {
        int port = start().port();
        for (int i = 0; i < 16; i++) {
            new Raw(port).send(head("PUT", RECEIVER + "LOC" + i, "Transfer-Encoding: chunked") + "10\r\n0123456789");
        }

        Answer answer = within(PROMPTLY, () -> new Raw(port).send(get(VERSIONS)).answer());

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void clientsThatNeverReadTheirAnswersDoNotDelayANormalRequest() throws Exception {
        int port = start().port();
        List<Raw> stalled = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            stalled.add(new Raw(port, 4096).send(get(BIG)));
        }
        for (Raw raw : stalled) {
            raw.awaitTheAnswer(); // it stalls: larger than the socket's buffers, which the client does not empty
        }

        Answer answer = within(PROMPTLY, () -> new Raw(port).send(get(VERSIONS)).answer());

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void uploadAbortedMidBodyIsOneDebugLineAndNoError() throws Exception {
        int port = start().port();
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String put = head("PUT", RECEIVER + "LOC1", "Content-Type: application/json", "Content-Length: 5000")
                + LOCATION.substring(0, 100);
        List<String> lines;
        int closed;
        int reset;
        System.setErr(new PrintStream(log, true, UTF_8));
        try {
            Raw closing = new Raw(port).send(put);
            Raw resetting = new Raw(port).send(put);
            closed = closing.localPort();
            reset = resetting.localPort();
            closing.close();
            resetting.reset();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            do {
                Thread.sleep(20);
                lines = log.toString(UTF_8).lines().toList();
            } while (lines.stream().noneMatch(l -> l.contains(":" + reset + ":")) && System.nanoTime() < end);
            Thread.sleep(200); // anything else it would log
            lines = log.toString(UTF_8).lines().toList();
        } finally {
            System.setErr(stderr);
        }

        for (int client : List.of(closed, reset)) {
            assertThat(lines.stream().filter(l -> l.contains(":" + client + ":")))
                    .singleElement()
                    .asString()
                    .contains(" DEBUG io.github.ocpi4j.server.jdk - 127.0.0.1:" + client + ": ");
        }
        assertThat(lines).noneMatch(l -> l.contains("ERROR") || l.contains("WARN") || l.startsWith("\tat "));
        assertThat(receiver.received).isEmpty();
    }

    // ---- starting and stopping

    @Test
    void closeLetsARequestInProgressFinishThenRefusesConnections() throws Exception {
        JdkHttpServerAdapter http = start();
        sender.close();
        Raw raw = new Raw(http.port()).send(get(PAGE));
        sender.awaitEntered();
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sender.open();
        });
        opener.start();

        within(Duration.ofSeconds(3), () -> {
            http.close();
            return null;
        });
        Answer answer = raw.answer();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("connection", "close");
        assertThatThrownBy(() -> new Socket("127.0.0.1", http.port()).close()).isInstanceOf(ConnectException.class);
        opener.join();
    }

    // ---- the executor

    @Test
    void executorOfTheHostRunsTheServerAndOutlivesTheAdapter() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> new Thread(r, "host-pool"));
        opened.add(pool::shutdownNow);
        AtomicInteger handed = new AtomicInteger();
        JdkHttpServerAdapter http = start(JdkHttpServerAdapter.builder().executor(task -> {
            handed.incrementAndGet();
            pool.execute(task);
        }));
        Raw raw = new Raw(http.port());

        assertThat(raw.send(get(ONE)).answer().status()).isEqualTo(200);
        assertThat(sender.lastThread).isEqualTo("host-pool");
        assertThat(raw.send(get(PAGE)).answer().status()).isEqualTo(200);
        assertThat(handed).hasValue(2);

        http.close();

        assertThat(pool.isShutdown()).isFalse();
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void defaultExecutorServesOtherConnectionsWhileAHostCallBlocks() throws Exception {
        int port = start().port();
        sender.close();
        Raw blocked = new Raw(port).send(get(PAGE));
        sender.awaitEntered();

        Answer other = within(PROMPTLY, () -> new Raw(port).send(get(VERSIONS)).answer());
        sender.open();

        assertThat(other.status()).isEqualTo(200);
        assertThat(blocked.answer().status()).isEqualTo(200);
    }

    @Test
    void startingTheAdapterSetsNoSystemProperty() throws Exception {
        Map<Object, Object> before = Map.copyOf(System.getProperties());

        Raw raw = new Raw(start().port());
        assertThat(raw.send(get(VERSIONS)).answer().status()).isEqualTo(200);

        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNull();
        assertThat(Map.copyOf(System.getProperties())).isEqualTo(before);
    }

    // ---- the server, the requests and the client

    private JdkHttpServerAdapter start() {
        return start(JdkHttpServerAdapter.builder());
    }

    private JdkHttpServerAdapter start(JdkHttpServerAdapter.Builder builder) {
        JdkHttpServerAdapter http = builder.start(fixture.server, new InetSocketAddress("127.0.0.1", 0));
        opened.add(http);
        return http;
    }

    private static String authorization() {
        return "Authorization: " + CredentialsTokens.header(TOKEN, false) + "\r\n";
    }

    /** A request's head as a well-behaved client sends it, with Host and Authorization, and more fields. */
    private static String head(String method, String target, String... fields) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        head.append(authorization());
        for (String field : fields) {
            head.append(field).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String get(String target, String... fields) {
        return head("GET", target, fields);
    }

    private static String put(String target, String body, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("Content-Type: application/json");
        all.add("Content-Length: " + body.getBytes(UTF_8).length);
        return head("PUT", target, all.toArray(String[]::new)) + body;
    }

    private static <T> T within(Duration bound, Callable<T> call) throws Exception {
        long started = System.nanoTime();
        T result = call.call();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(bound);
        return result;
    }

    /** An answer as it came: status, header fields by lower-case name (the last of each), body as text. */
    private record Answer(int status, String statusLine, Map<String, String> headers, String body) {}

    /** A client on a plain socket, which sends exactly what the test says; it waits at most 5 s for a byte. */
    private final class Raw implements AutoCloseable {
        private final Socket socket = new Socket();
        private final InputStream in;
        private final int port;

        Raw(int port) throws IOException {
            this(port, 0);
        }

        /** A client whose socket buffers this many bytes at most, if not 0: one that does not read fills it soon. */
        Raw(int port, int receiveBuffer) throws IOException {
            this.port = port;
            opened.add(this);
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            in = new BufferedInputStream(socket.getInputStream());
        }

        Raw send(String text) throws IOException {
            return send(text.getBytes(UTF_8));
        }

        Raw send(byte[] bytes) throws IOException {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return this;
        }

        Answer answer() throws IOException {
            return read(false);
        }

        Answer answerToHead() throws IOException {
            return read(true);
        }

        private Answer read(boolean toHead) throws IOException {
            String statusLine = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String length = headers.get("content-length");
            byte[] body = toHead || length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            return new Answer(status, statusLine, headers, new String(body, UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("closed by the server");
                }
                line.write(b);
            }
            return line.toString(UTF_8).replaceFirst("\r$", "");
        }

        /** Waits until the first bytes of an answer have arrived, without reading them. */
        void awaitTheAnswer() throws IOException, InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (nothingToRead() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(nothingToRead()).as("an answer has arrived").isFalse();
        }

        boolean nothingToRead() throws IOException {
            return in.available() == 0;
        }

        /** Whether the server closed the connection, having sent nothing more. */
        boolean closedByServer() throws IOException {
            try {
                return in.read() < 0;
            } catch (SocketException e) {
                return true; // reset
            }
        }

        /** Reads until the server closes the connection; returns how many bytes came. */
        long readToTheEnd() throws IOException {
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read += n;
                }
            } catch (SocketException e) {
                // reset: closed all the same
            }
            return read;
        }

        int localPort() {
            return socket.getLocalPort();
        }

        /** Sends the end of its side of the connection (a half close), still reading. */
        void endOutput() throws IOException {
            socket.shutdownOutput();
        }

        /** Closes with a reset rather than an orderly close. */
        void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * The Locations Sender interface with 100 locations and a big one; closed, it holds every request for a page
     * until opened again.
     */
    private static final class Sender implements LocationsSenderService {
        private static final List<Location> LOCATIONS = new ArrayList<>();
        private static final Location BIG_LOCATION;
        /** The length of {@link #BIG}'s data. */
        static final int BIG_LENGTH;

        static {
            Location template =
                    OcpiJson.instance().read(LOCATION, Location.class).get();
            for (int i = 0; i < 100; i++) {
                LOCATIONS.add(template.toBuilder()
                        .id(String.format(Locale.ROOT, "LOC%03d", i))
                        .lastUpdated(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i))
                        .build());
            }
            BIG_LOCATION = template.toBuilder()
                    .id("BIG")
                    .directions(Collections.nCopies(8_000, new DisplayText("en", "d".repeat(500))))
                    .build();
            BIG_LENGTH = OcpiJson.instance().write(BIG_LOCATION).length;
        }

        private volatile CountDownLatch gate = new CountDownLatch(0);
        private final CountDownLatch entered = new CountDownLatch(1);

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        }

        /** The name of the thread that last called this service. */
        volatile String lastThread = "";

        @Override
        public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
            lastThread = Thread.currentThread().getName();
            entered.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PageResult.of(LOCATIONS, page, Location::lastUpdated);
        }

        @Override
        public Optional<Location> location(RequestContext ctx, CiString locationId) {
            lastThread = Thread.currentThread().getName();
            return locationId.equals(BIG_LOCATION.id())
                    ? Optional.of(BIG_LOCATION)
                    : LOCATIONS.stream().filter(l -> l.id().equals(locationId)).findFirst();
        }
    }
}
