package io.github.ocpi4j.model.v230;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.versions.ModuleID;
import org.junit.jupiter.api.Test;

/** Lookups of OCPI 2.3.0 types; what holds for every version is in {@code io.github.ocpi4j.model.SpecTypesTest}. */
class SpecTypesTest {

    @Test
    void findsAVersionTwoThreeTypeByItsSpecificationNameIgnoringCase() {
        assertThat(SpecTypes.forName("Token")).contains(Token.class);
        assertThat(SpecTypes.forName("moduleid")).contains(ModuleID.class);
        assertThat(SpecTypes.forName("Credentials")).contains(Credentials.class);
        assertThat(SpecTypes.forName("Credential")).isEmpty();
    }

    @Test
    void knowsTheTokenPatchBodyAndThatCredentialsHaveNone() {
        assertThat(SpecTypes.patchTypeOf(Token.class)).contains(TokenPatch.class);
        assertThat(SpecTypes.patchTypeOf(Credentials.class)).isEmpty();
    }
}
