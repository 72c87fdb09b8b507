package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each version's {@code SpecTypes} against the types compiled into its package tree. */
class SpecTypesTest {

    @ParameterizedTest
    @EnumSource(ModelTypes.class)
    void listsEveryTypeOfTheVersionExceptPatchBodies(ModelTypes version) {
        List<Class<?>> expected = version.all().stream()
                .filter(c -> !c.getSimpleName().endsWith("Patch"))
                .toList();

        assertThat(version.specTypes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(ModelTypes.class)
    void knowsThePatchBodyOfEveryTypeAModuleLetsAPartyPatch(ModelTypes version) {
        List<Class<?>> patchTypes = version.all().stream()
                .filter(c -> c.getSimpleName().endsWith("Patch"))
                .toList();
        assertThat(version.specTypes().stream().flatMap(t -> version.patchTypeOf(t).stream()))
                .containsExactlyInAnyOrderElementsOf(patchTypes);
    }
}
