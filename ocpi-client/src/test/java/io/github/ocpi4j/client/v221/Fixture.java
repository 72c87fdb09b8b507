package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.SpecFixture;
import io.github.ocpi4j.model.OcpiJson;
import mockwebserver3.MockWebServer;

/**
 * The {@link SpecFixture} of the 2.2.1 module client tests: a partner that offers 2.1.1 and 2.2.1 and the 2.2.1
 * endpoints a test asks for, at {@code /ocpi/2.2.1/<module>}, and the specification's 2.2.1 examples.
 */
final class Fixture extends SpecFixture {
    private Fixture() {}

    /** The partner's Sender interface of a module, at {@code /ocpi/2.2.1/<module>}. */
    static Offer sender(String module) {
        return sender("2.2.1", module);
    }

    /** The partner's Receiver interface of a module, at {@code /ocpi/2.2.1/<module>}. */
    static Offer receiver(String module) {
        return receiver("2.2.1", module);
    }

    /**
     * Connects to a partner on the server that offers 2.1.1 and 2.2.1 and these 2.2.1 endpoints (and credentials),
     * and checks the two negotiation calls, so that the next request taken is the test's own.
     */
    static Partner connect(MockWebServer server, Offer... offers) {
        return connect(server, "2.2.1", offers);
    }

    /** The text of one of the specification's 2.2.1 JSON examples. */
    static String example(String name) {
        return exampleOf("2.2.1", name);
    }

    /** The part of one of the specification's 2.2.1 JSON examples at a JSON pointer, such as {@code /evses/0}. */
    static String example(String name, String pointer) {
        return exampleOf("2.2.1", name, pointer);
    }

    /** One of the specification's 2.2.1 JSON examples, read into its type; it must be valid. */
    static <T> T read(String exampleName, Class<T> type) {
        return OcpiJson.instance().read(example(exampleName), type).get();
    }
}
