package io.github.ocpi4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.v221.V221Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A server at {@code https://cpo.example.com/ocpi} with a fixed clock and two registered parties ({@code NL-EMS}
 * with token {@link #TOKEN}, {@code DE-OTH} with {@link #OTHER_TOKEN}), registered with one OCPI version, and one
 * pending one ({@link #TOKEN_A}), and helpers to call it in process.
 */
public final class ServerFixture {
    /** The token of the registered eMSP NL-EMS. */
    public static final String TOKEN = "emsp-token";
    /** The token of another registered eMSP, DE-OTH. */
    public static final String OTHER_TOKEN = "other-token";
    /** A token A of a party that has not registered yet. */
    public static final String TOKEN_A = "token-a";
    /** The time of every response. */
    public static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    public final InMemoryPartyStore parties = new InMemoryPartyStore();
    public final OcpiServer server;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    public ServerFixture(Consumer<V221Services> services) {
        this(services, b -> {});
    }

    public ServerFixture(Consumer<V221Services> services, Consumer<OcpiServer.Builder> more) {
        this("2.2.1", b -> more.accept(b.v221(services)));
    }

    /**
     * A server whose services {@code services} registers, its two registered parties registered with {@code
     * version}.
     */
    public ServerFixture(String version, Consumer<OcpiServer.Builder> services) {
        parties.save(registered("emsp", TOKEN, version, PartyRole.of("EMSP", "NL", "EMS")));
        parties.save(registered("other", OTHER_TOKEN, version, PartyRole.of("EMSP", "DE", "OTH")));
        parties.save(Party.pending("newcomer", TOKEN_A));
        OcpiServer.Builder builder = OcpiServer.builder()
                .baseUrl("https://cpo.example.com/ocpi")
                .partyStore(parties)
                .roles(List.of(ourRole()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
        services.accept(builder);
        this.server = builder.build();
    }

    /** This side's role: the CPO NL-CPO. */
    public static CredentialsRole ourRole() {
        return CredentialsRole.builder()
                .role(Role.CPO)
                .businessDetails(new BusinessDetails("Example CPO", null, null))
                .partyId("CPO")
                .countryCode("NL")
                .build();
    }

    /** A party registered with a version, with its token, in one role. */
    static Party registered(String id, String token, String version, PartyRole role) {
        return new Party(
                id,
                Party.Status.REGISTERED,
                token,
                "out-" + token,
                "https://" + id + ".example.com/versions",
                version,
                List.of(role),
                List.of(),
                false);
    }

    /** Calls the server as the eMSP NL-EMS. */
    public OcpiHttpResponse call(String method, String target, @Nullable String body) {
        return call(method, target, body, TOKEN);
    }

    /** Calls the server with a token ({@code null}: no Authorization header). */
    public OcpiHttpResponse call(String method, String target, @Nullable String body, @Nullable String token) {
        OcpiHttpRequest.Builder request = OcpiHttpRequest.builder()
                .method(method)
                .target("/ocpi/" + target)
                .header("X-Request-ID", "req-1")
                .header("X-Correlation-ID", "corr-1");
        if (token != null) {
            request.header("Authorization", CredentialsTokens.header(token, false));
        }
        if (body != null) {
            request.header("Content-Type", "application/json").body(body);
        }
        return server.handle(request.build());
    }

    /** Returns the response's body as a tree. */
    public static JsonNode json(OcpiHttpResponse response) {
        try {
            return PLAIN.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the envelope's status_code. */
    public static int statusCode(OcpiHttpResponse response) {
        return json(response).get("status_code").asInt();
    }

    /** Returns the envelope's data as JSON text, or {@code null}. */
    public static @Nullable String data(OcpiHttpResponse response) {
        JsonNode data = json(response).get("data");
        return data == null ? null : data.toString();
    }

    /** Returns the envelope's data read as a type. */
    public static <T> T data(OcpiHttpResponse response, Class<T> type) {
        return OcpiJson.instance().read(data(response), type).get();
    }

    /** Returns one of the specification's 2.2.1 examples as text. */
    public static String example(String name) {
        return example("2.2.1", name);
    }

    /** Returns one of the specification's examples of a version as text. */
    public static String example(String version, String name) {
        return new String(SpecFiles.example(version, name), StandardCharsets.UTF_8);
    }
}
