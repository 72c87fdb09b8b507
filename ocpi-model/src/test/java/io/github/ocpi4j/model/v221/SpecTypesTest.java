package io.github.ocpi4j.model.v221;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import org.junit.jupiter.api.Test;

/** Lookups of OCPI 2.2.1 types; what holds for every version is in {@code io.github.ocpi4j.model.SpecTypesTest}. */
class SpecTypesTest {

    @Test
    void findsATypeByItsSpecificationNameIgnoringCase() {
        assertThat(SpecTypes.forName("EVSE")).contains(EVSE.class);
        assertThat(SpecTypes.forName("evse")).contains(EVSE.class);
        assertThat(SpecTypes.forName("Tariff")).contains(Tariff.class);
        assertThat(SpecTypes.forName("Tarif")).isEmpty();
    }

    @Test
    void knowsThePatchBodyOfEveryTypeAModuleLetsAPartyPatch() {
        assertThat(SpecTypes.patchTypeOf(EVSE.class)).contains(EVSEPatch.class);
        assertThat(SpecTypes.patchTypeOf(Tariff.class)).isEmpty();
    }
}
