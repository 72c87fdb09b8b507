package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body that breaks off or cannot be decoded (a broken chunked encoding, a connection cut mid-body) is the client's
 * fault: HTTP 400, never OCPI 3000 ({@code [[status_codes_status_codes]]}), in process and through the Servlet.
 */
class UnreadableBodyTest {
    private static final String LOCATION = "/ocpi/2.2.1/receiver/locations/NL/EMS/LOC1";

    private final InMemoryLocations locations = new InMemoryLocations();
    private final ServerFixture fixture = new ServerFixture(s -> s.locationsReceiver(locations));

    @Test
    void bodyStreamThatFailsIsBadRequest() {
        InputStream cut = new SequenceInputStream(
                new java.io.ByteArrayInputStream("{\"id\": \"LOC".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Early EOF: java.io.EOFException in sun.net.httpserver");
                    }
                });

        OcpiHttpResponse response = fixture.server.handle(OcpiHttpRequest.builder()
                .method("PUT")
                .target(LOCATION)
                .header("Authorization", CredentialsTokens.header(TOKEN, false))
                .body(cut)
                .build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("the request body could not be read to its end: send it again");
        assertThat(response.bodyText()).doesNotContain("EOF").doesNotContain("java.");
        assertThat(locations.received).isEmpty();
    }

    @Test
    void brokenChunkedBodyThroughTheServletIsBadRequest() throws Exception {
        try (JettyServlet jetty = JettyServlet.start(fixture.server, "/ocpi")) {
            String request = "PUT " + LOCATION + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\n"
                    + "Authorization: " + CredentialsTokens.header(TOKEN, false) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n"
                    + "5\r\n{\"id\"\r\n"
                    + "not-a-chunk-size\r\n\r\n";

            String answer = exchange(jetty.port(), request);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContain("\"status_code\":3000").doesNotContain("Exception");
            assertThat(locations.received).isEmpty();
        }
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
