package io.github.ocpi4j.server;

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
 * Objects of the specification's 2.2.1 examples as {@link Bodies} makes them, read as the 2.2.1 model: the CPO
 * NL-CPO owns locations, sessions, CDRs and tariffs, the eMSP NL-EMS owns tokens, and sessions and CDRs are of its
 * tokens.
 */
final class Fixtures {
    private static final Bodies V221 = new Bodies("2.2.1");

    private Fixtures() {}

    /** Reads the object even where it breaks a rule, as hostile tests need (an id that cannot be addressed). */
    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).value().orElseThrow();
    }

    /** The example location, owned by {@code countryCode}-{@code partyId}, with this id. */
    static Location location(String countryCode, String partyId, String id) {
        return read(V221.location(countryCode, partyId, id), Location.class);
    }

    /** The example token of the put request, with this owner, uid and validity. */
    static Token token(String countryCode, String partyId, String uid, boolean valid) {
        return read(V221.token(countryCode, partyId, uid, valid), Token.class);
    }

    /** The finished example session of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. */
    static Session session(String id, String emsp) {
        return read(V221.session(id, emsp), Session.class);
    }

    /** The example CDR of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. */
    static CDR cdr(String id, String emsp) {
        return read(V221.cdr(id, emsp), CDR.class);
    }

    /** The simple example tariff of the CPO NL-CPO, with this id, last updated at {@code lastUpdated}. */
    static Tariff tariff(String id, Instant lastUpdated) {
        return read(V221.tariff(id, lastUpdated), Tariff.class);
    }

    /** The finished example session, with this owner and id. */
    static Session session(String countryCode, String partyId, String id) {
        return read(V221.session(countryCode, partyId, id), Session.class);
    }

    /** The example CDR, with this owner and id. */
    static CDR cdr(String countryCode, String partyId, String id) {
        return read(V221.cdr(countryCode, partyId, id), CDR.class);
    }

    /** The simple example tariff, with this owner and id. */
    static Tariff tariff(String countryCode, String partyId, String id) {
        return read(V221.tariff(countryCode, partyId, id), Tariff.class);
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
