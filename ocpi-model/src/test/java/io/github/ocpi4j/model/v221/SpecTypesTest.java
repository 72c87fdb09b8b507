package io.github.ocpi4j.model.v221;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecTypesTest {

    @Test
    void listsEveryTypeOfTheVersionExceptPatchBodies() {
        List<Class<?>> expected = ModelTypes.all().stream()
                .filter(c -> !c.getSimpleName().endsWith("Patch"))
                .toList();

        assertThat(SpecTypes.all()).containsExactlyInAnyOrderElementsOf(expected);
    }

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
        List<Class<?>> patchTypes = ModelTypes.all().stream()
                .filter(c -> c.getSimpleName().endsWith("Patch"))
                .toList();
        assertThat(SpecTypes.all().stream().flatMap(t -> SpecTypes.patchTypeOf(t).stream()))
                .containsExactlyInAnyOrderElementsOf(patchTypes);
    }
}
