package io.github.ocpi4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.OcpiJson;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CPO and an eMSP of one OCPI version, so that one test runs the same JSON through 2.2.1 and 2.3.0: each side a
 * {@link ServerFixture} that offers only that version, its parties registered with it, with in-memory services of
 * that version ({@link InMemoryCpo} and {@link InMemoryEmsp}, or {@link InMemoryCpo230} and {@link InMemoryEmsp230}).
 * The CPO's own objects are given, and what the hosts received is read, as JSON.
 */
final class VersionSides {
    /** The versions the server offers. */
    static final List<String> VERSIONS = List.of("2.2.1", "2.3.0");

    private static final ObjectMapper PLAIN = new ObjectMapper();

    final String version;
    final Bodies bodies;
    final InMemoryCpo cpo221 = new InMemoryCpo();
    final InMemoryEmsp emsp221 = new InMemoryEmsp();
    final InMemoryCpo230 cpo230 = new InMemoryCpo230();
    final InMemoryEmsp230 emsp230 = new InMemoryEmsp230();
    /** The CPO NL-CPO's server. */
    final ServerFixture cpo;
    /** An eMSP's server, which NL-EMS and DE-OTH push to as CPOs would. */
    final ServerFixture emsp;

    VersionSides(String version) {
        this.version = version;
        this.bodies = new Bodies(version);
        boolean v221 = version.equals("2.2.1");
        this.cpo = new ServerFixture(version, b -> {
            if (v221) {
                b.v221(cpo221::register);
            } else {
                b.v230(cpo230::register);
            }
        });
        this.emsp = new ServerFixture(version, b -> {
            if (v221) {
                b.v221(emsp221::register);
            } else {
                b.v230(emsp230::register);
            }
        });
    }

    private boolean v221() {
        return version.equals("2.2.1");
    }

    private <A, B> void add(String json, List<A> to221, Class<A> type221, List<B> to230, Class<B> type230) {
        if (v221()) {
            to221.add(OcpiJson.instance().read(json, type221).get());
        } else {
            to230.add(OcpiJson.instance().read(json, type230).get());
        }
    }

    /** Gives the CPO a location of its own. */
    void cpoLocation(String json) {
        add(
                json,
                cpo221.locations,
                io.github.ocpi4j.model.v221.locations.Location.class,
                cpo230.locations,
                io.github.ocpi4j.model.v230.locations.Location.class);
    }

    /** Gives the CPO a session. */
    void cpoSession(String json) {
        add(
                json,
                cpo221.sessions,
                io.github.ocpi4j.model.v221.sessions.Session.class,
                cpo230.sessions,
                io.github.ocpi4j.model.v230.sessions.Session.class);
    }

    /** Gives the CPO a CDR. */
    void cpoCdr(String json) {
        add(
                json,
                cpo221.cdrs,
                io.github.ocpi4j.model.v221.cdrs.CDR.class,
                cpo230.cdrs,
                io.github.ocpi4j.model.v230.cdrs.CDR.class);
    }

    /** Gives the CPO a tariff. */
    void cpoTariff(String json) {
        add(
                json,
                cpo221.tariffs,
                io.github.ocpi4j.model.v221.tariffs.Tariff.class,
                cpo230.tariffs,
                io.github.ocpi4j.model.v230.tariffs.Tariff.class);
    }

    /** Gives the CPO, as a Hub, the connection status of a party. */
    void cpoClientInfo(String json) {
        add(
                json,
                cpo221.clientInfos,
                io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo.class,
                cpo230.clientInfos,
                io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo.class);
    }

    /** Gives the eMSP a token of its own. */
    void emspToken(String json) {
        add(
                json,
                emsp221.tokens,
                io.github.ocpi4j.model.v221.tokens.Token.class,
                emsp230.tokens,
                io.github.ocpi4j.model.v230.tokens.Token.class);
    }

    /**
     * Returns everything the two hosts hold, each object as a JSON tree, by {@code side.field/key}: what partners pushed and
     * sent (locations, tokens, commands, results, ...) and the CPO's own objects. Equal before and after a request
     * that changed nothing.
     */
    Map<String, JsonNode> held() {
        Map<String, JsonNode> all = new TreeMap<>();
        dump(all, "cpo", v221() ? cpo221 : cpo230);
        dump(all, "emsp", v221() ? emsp221 : emsp230);
        return all;
    }

    /** Puts each object of the host's lists and maps into {@code all}, by field name and key or index. */
    private static void dump(Map<String, JsonNode> all, String side, Object host) {
        for (Field field : host.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value;
            try {
                value = field.get(host);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String kind = side + "." + field.getName() + "/";
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, object) -> all.put(kind + key, tree(object)));
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    all.put(kind + i, tree(list.get(i)));
                }
            }
        }
    }

    private static JsonNode tree(Object model) {
        try {
            return PLAIN.readTree(OcpiJson.instance().writeString(model));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
