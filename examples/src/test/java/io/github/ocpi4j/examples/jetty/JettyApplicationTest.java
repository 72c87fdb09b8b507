package io.github.ocpi4j.examples.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.examples.emsp.Emsp;
import io.github.ocpi4j.examples.emsp.Pulled;
import io.github.ocpi4j.model.v221.locations.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Jetty application on a free port, called over loopback: its own servlet, and its OCPI server through
 * ocpi4j's client, by an eMSP that registers with it.
 */
class JettyApplicationTest {
    private final String tokenA = CredentialsTokens.generate();
    private final OcpiClient client = OcpiClient.builder()
            .maxVersion("2.2.1")
            .retryPolicy(RetryPolicy.none())
            .build();
    private final JettyApplication app;
    private final Emsp emsp = Emsp.builder().client(client).start(new InetSocketAddress("127.0.0.1", 0));

    JettyApplicationTest() throws Exception {
        app = JettyApplication.start(new InetSocketAddress("127.0.0.1", 0), tokenA);
    }

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        emsp.close();
        app.close();
        client.close();
    }

    @Test
    void applicationsOwnServletStillAnswers() throws Exception {
        OkHttpClient http = new OkHttpClient();
        try (Response health = http.newCall(new Request.Builder()
                        .url("http://127.0.0.1:" + app.port() + "/health")
                        .build())
                .execute()) {
            assertThat(health.code()).isEqualTo(200);
            assertThat(health.body().string()).isEqualTo("OK\n");
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void ocpiIsServedBelowTheMountWithTheBaseUrlsPort() {
        assertThat(app.ocpi().versionsUrl()).isEqualTo("http://127.0.0.1:" + app.port() + "/ocpi/versions");

        OcpiHttpException unknownToken = catchThrowableOfType(
                OcpiHttpException.class, () -> client.connect(app.ocpi().versionsUrl(), "not-a-token"));

        assertThat(unknownToken.httpStatus()).isEqualTo(401);
    }

    @Test
    void partnerRegistersThenReadsTheLocationWhoseIdHoldsASlash() {
        Party cpo = emsp.register(app.ocpi().versionsUrl(), tokenA);

        // versions and version details through the servlet, with the token the CPO issued in the handshake
        Partner partner = client.connect(app.ocpi().versionsUrl(), cpo.outgoingToken());
        assertThat(partner.version()).isEqualTo("2.2.1");
        assertThat(partner.endpoint("locations", "SENDER"))
                .contains(app.ocpi().v221Urls().endpointUrl("locations", "SENDER"));

        // GET .../locations/GENT%2FZUID: Jetty lets the encoded slash through to the servlet
        Location location = partner.v221()
                .locationsSender()
                .location(JettyApplication.LOCATION_ID)
                .orElseThrow();
        assertThat(location.id().value()).isEqualTo("GENT/ZUID");
        assertThat(partner.v221().locationsSender().evse(JettyApplication.LOCATION_ID, "3256"))
                .hasValueSatisfying(evse -> assertThat(evse.evseId().value()).isEqualTo("BE*BEC*E041503001"));
        assertThat(emsp.pullLocations()).isEqualTo(new Pulled(1, 1));
        assertThat(emsp.locations()).containsExactly(location);
    }

    @Test
    void sixtyFourSlowlorisConnectionsDoNotDelayANormalRequest() throws Exception {
        for (int i = 0; i < 64; i++) {
            send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }

        long started = System.nanoTime();
        String answer = answer(send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(answer).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\nOK\n");
    }

    @Test
    void bodyLargerThanTheOcpiServerTakesIsRefusedBeforeItIsSent() throws Exception {
        long tooLarge = app.ocpi().maxBodyBytes() + 2L;

        String answer = answer(send("PUT /ocpi/2.2.1/receiver/locations/NL/EMS/L1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + tooLarge + "\r\n\r\n{"));

        assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("Exception", "org.eclipse", "java.");
    }

    /** A socket to the application that has sent this; closed after the test. */
    private Socket send(String request) throws IOException {
        Socket socket = new Socket("127.0.0.1", app.port());
        sockets.add(socket);
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** What the application answers on a socket until it closes the connection. */
    private static String answer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }
}
