package io.github.ocpi4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Objects of the specification's examples of one OCPI version, as JSON, made to belong to the loopback platforms:
 * the CPO NL-CPO owns locations, sessions, CDRs and tariffs, the eMSP NL-EMS owns tokens, and sessions and CDRs are
 * of its tokens. The examples of 2.2.1 and 2.3.0 have the same names and parties, so one test runs on both.
 */
final class Bodies {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    final String version;

    Bodies(String version) {
        this.version = version;
    }

    /** The example of this name. */
    String example(String name) {
        return ServerFixture.example(version, name);
    }

    /** The example location, owned by {@code countryCode}-{@code partyId}, with this id. */
    String location(String countryCode, String partyId, String id) {
        return with(example("location_example.json"), "country_code", countryCode, "party_id", partyId, "id", id);
    }

    /** The example token of the put request, with this owner, uid and validity. */
    String token(String countryCode, String partyId, String uid, boolean valid) {
        ObjectNode token = tree(
                with(example("token_put_example.json"), "country_code", countryCode, "party_id", partyId, "uid", uid));
        token.put("valid", valid);
        return token.toString();
    }

    /** The finished example session of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. */
    String session(String id, String emsp) {
        String json = example("session_example_2_short_finished.json")
                .replace("\"BE\"", "\"NL\"")
                .replace("\"BEC\"", "\"CPO\"")
                .replace("\"TST\"", "\"" + emsp + "\"");
        return with(json, "id", id);
    }

    /** The finished example session, with this owner and id. */
    String session(String countryCode, String partyId, String id) {
        return with(session(id, "EMS"), "country_code", countryCode, "party_id", partyId);
    }

    /**
     * The example CDR of the CPO NL-CPO, with this id, of a token of the eMSP {@code NL}-{@code emsp}. The tariff in
     * 2.3.0's example leaves out {@code tax_included}, which 2.3.0 requires ({@code [[mod_tariffs_tariff_object]]}):
     * here it is {@code NO}.
     */
    String cdr(String id, String emsp) {
        String json = example("cdr_example.json")
                .replace("\"BE\"", "\"NL\"")
                .replace("\"BEC\"", "\"CPO\"")
                .replace("\"DE\"", "\"NL\"")
                .replace("\"TNM\"", "\"" + emsp + "\"");
        ObjectNode cdr = tree(with(json, "id", id));
        if (!version.equals("2.2.1")) {
            cdr.withArray("tariffs").forEach(tariff -> ((ObjectNode) tariff).put("tax_included", "NO"));
        }
        return cdr.toString();
    }

    /** The example CDR, with this owner and id. */
    String cdr(String countryCode, String partyId, String id) {
        return with(cdr(id, "EMS"), "country_code", countryCode, "party_id", partyId);
    }

    /** The simple example tariff of the CPO NL-CPO, with this id, last updated at {@code lastUpdated}. */
    String tariff(String id, Instant lastUpdated) {
        String json = example("tariff_1_simple_2hour.json")
                .replace("\"DE\"", "\"NL\"")
                .replace("\"ALL\"", "\"CPO\"");
        return with(json, "id", id, "last_updated", lastUpdated.toString());
    }

    /** The simple example tariff, with this owner and id. */
    String tariff(String countryCode, String partyId, String id) {
        return with(
                tariff(id, Instant.parse("2024-05-01T10:00:00Z")), "country_code", countryCode, "party_id", partyId);
    }

    /** The JSON object with these fields set, given as name, value, name, value... */
    static String with(String json, String... fields) {
        ObjectNode object = tree(json);
        for (int i = 0; i < fields.length; i += 2) {
            object.put(fields[i], fields[i + 1]);
        }
        return object.toString();
    }

    /** The JSON object without these fields. */
    static String without(String json, String... fields) {
        ObjectNode object = tree(json);
        object.remove(List.of(fields));
        return object.toString();
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
