package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The model uses no other module's internal package, and the rule that says so catches one that does. */
class ModuleBordersTest {

    @Test
    void theModelUsesOtherModulesOnlyThroughTheirPublicApi() {
        ModuleBorders.check("io.github.ocpi4j.model");
    }

    @Test
    void aClassUsingAnotherModulesInternalPackageFailsNamingBoth() {
        assertThatThrownBy(() -> ModuleBorders.check("io.github.ocpi4j.bordersfixture.user"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("bordersfixture.user.UsesOthersInternal")
                .hasMessageContaining("bordersfixture.provider.internal.Hidden")
                .hasMessageNotContainingAny("bordersfixture.user.internal.Own.", "Own.viaApi() calls");
    }

    @Test
    void aModuleMayUseItsOwnInternalPackage() {
        assertThatCode(() -> ModuleBorders.check("io.github.ocpi4j.bordersfixture.provider"))
                .doesNotThrowAnyException();
    }

    @Test
    void aRootWithoutClassesFailsRatherThanPassingUnchecked() {
        assertThatThrownBy(() -> ModuleBorders.check("io.github.ocpi4j.nosuchmodule"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void thePublicApiOfTheModelNamesNoInternalType() {
        ModuleBorders.checkApi("io.github.ocpi4j.model");
    }

    @Test
    void aPublicSignatureNamingAnInternalTypeFailsNamingTheMember() {
        assertThatThrownBy(() -> ModuleBorders.checkApi("io.github.ocpi4j.bordersfixture.leaky", location -> true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky.take(io.github.ocpi4j.bordersfixture.leaky.internal.Secret)")
                .hasMessageContaining("Leaky.give()")
                .hasMessageNotContaining("hidden(");
    }
}
