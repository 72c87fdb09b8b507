package io.github.ocpi4j.client;

import io.github.ocpi4j.model.ModuleBorders;
import org.junit.jupiter.api.Test;

/** The rule of the README's "Where to change what": no other module's internal package is used here. */
class ModuleBordersTest {

    @Test
    void usesOtherModulesOnlyThroughTheirPublicApi() {
        ModuleBorders.check("io.github.ocpi4j.client");
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        ModuleBorders.checkApi("io.github.ocpi4j.client");
    }
}
