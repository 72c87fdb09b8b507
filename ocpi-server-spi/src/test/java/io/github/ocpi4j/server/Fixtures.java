package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.example;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.hubclientinfo.ConnectionStatus;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.types.Role;
import java.time.Instant;

/**
 * Objects of the specification's examples, made to belong to the loopback platforms: the CPO NL-CPO owns locations,
 * sessions, CDRs and tariffs, the eMSP NL-EMS owns tokens, and sessions and CDRs are of its tokens.
 */
final class Fixtures {
    private Fixtures() {}

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    /** The example location, owned by {@code countryCode}-{@code partyId}, with this id. */
    static Location location(String countryCode, String partyId, String id) {
        return read(example("location_example.json"), Location.class).toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .id(id)
                .build();
    }

    /** The example token of the put request, with this owner, uid and validity. */
    static Token token(String countryCode, String partyId, String uid, boolean valid) {
        return read(example("token_put_example.json"), Token.class).toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .uid(uid)
                .valid(valid)
                .build();
    }

    /** The finished example session of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. */
    static Session session(String id, String emsp) {
        String json = example("session_example_2_short_finished.json")
                .replace("\"BE\"", "\"NL\"")
                .replace("\"BEC\"", "\"CPO\"")
                .replace("\"TST\"", "\"" + emsp + "\"");
        return read(json, Session.class).toBuilder().id(id).build();
    }

    /** The example CDR of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. */
    static CDR cdr(String id, String emsp) {
        String json = example("cdr_example.json")
                .replace("\"BE\"", "\"NL\"")
                .replace("\"BEC\"", "\"CPO\"")
                .replace("\"DE\"", "\"NL\"")
                .replace("\"TNM\"", "\"" + emsp + "\"");
        return read(json, CDR.class).toBuilder().id(id).build();
    }

    /** The simple example tariff of the CPO NL-CPO, with this id, last updated at {@code lastUpdated}. */
    static Tariff tariff(String id, Instant lastUpdated) {
        String json = example("tariff_1_simple_2hour.json")
                .replace("\"DE\"", "\"NL\"")
                .replace("\"ALL\"", "\"CPO\"");
        return read(json, Tariff.class).toBuilder()
                .id(id)
                .lastUpdated(lastUpdated)
                .build();
    }

    /** The finished example session, with this owner and id. */
    static Session session(String countryCode, String partyId, String id) {
        return session(id, "EMS").toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .build();
    }

    /** The example CDR, with this owner and id. */
    static CDR cdr(String countryCode, String partyId, String id) {
        return cdr(id, "EMS").toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .build();
    }

    /** The simple example tariff, with this owner and id. */
    static Tariff tariff(String countryCode, String partyId, String id) {
        return tariff(id, Instant.parse("2024-05-01T10:00:00Z")).toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .build();
    }

    /** The connection status of a party. */
    static ClientInfo clientInfo(String countryCode, String partyId, Role role, ConnectionStatus status) {
        return ClientInfo.builder()
                .countryCode(countryCode)
                .partyId(partyId)
                .role(role)
                .status(status)
                .lastUpdated(Instant.parse("2024-05-01T10:00:00Z"))
                .build();
    }
}
