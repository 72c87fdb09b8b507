package io.github.ocpi4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A registering partner's platform on a {@link MockWebServer}: the server calls it back during the credentials
 * handshake at {@code /versions} (OCPI 2.2.1 and 2.3.0, or the versions it is given) and {@code /2.2.1} or {@code
 * /2.3.0} (the credentials endpoint). With a barrier, each call of {@code /versions} waits until that many have arrived, so that registrations run side by side.
 */
final class FakePartner implements AutoCloseable {
    private final List<String> versions;
    private final MockWebServer server = new MockWebServer();
    private final @Nullable CyclicBarrier together;
    private volatile @Nullable String detailsUrl;
    /** How many requests it got. */
    final AtomicInteger requests = new AtomicInteger();
    /** The paths it was asked for, in order. */
    final List<String> paths = new CopyOnWriteArrayList<>();

    /** A partner of both versions that answers at once. */
    FakePartner() {
        this(1);
    }

    /** A partner of these versions only, such as {@code 2.2.1}, that answers at once. */
    FakePartner(String... versions) {
        this(1, List.of(versions));
    }

    /** A partner of both versions whose {@code /versions} answers only once {@code together} calls have arrived. */
    FakePartner(int together) {
        this(together, List.of("2.2.1", "2.3.0"));
    }

    private FakePartner(int together, List<String> versions) {
        this.together = together > 1 ? new CyclicBarrier(together) : null;
        this.versions = versions;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                paths.add(request.getUrl().encodedPath());
                return answer(request.getUrl().encodedPath());
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions URL to put in credentials. */
    String versionsUrl() {
        return server.url("/versions").toString();
    }

    /** Makes the versions list give this URL for the details of each version. */
    FakePartner detailsAt(String url) {
        this.detailsUrl = url;
        return this;
    }

    private MockResponse answer(String path) {
        if (path.equals("/versions")) {
            awaitTheOthers();
            return ok(versions.stream()
                    .map(v -> "{\"version\":\"" + v + "\",\"url\":\""
                            + (detailsUrl != null ? detailsUrl : server.url("/" + v)) + "\"}")
                    .collect(Collectors.joining(",", "[", "]")));
        }
        if (versions.contains(path.substring(1))) {
            return ok("{\"version\":\"" + path.substring(1) + "\",\"endpoints\":[{\"identifier\":\"credentials\","
                    + "\"role\":\"SENDER\",\"url\":\"" + server.url(path + "/credentials") + "\"}]}");
        }
        return new MockResponse.Builder().code(404).build();
    }

    private void awaitTheOthers() {
        if (together == null) {
            return;
        }
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // answer anyway: the test then fails on its own assertions, not on a hang
        }
    }

    private static MockResponse ok(String data) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("{\"data\":" + data + ",\"status_code\":1000,\"timestamp\":\"2024-05-01T12:00:00Z\"}")
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
