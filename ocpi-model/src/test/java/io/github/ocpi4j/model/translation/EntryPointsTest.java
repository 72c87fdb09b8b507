package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.ModelSamples;
import io.github.ocpi4j.model.OcpiJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed entry points of {@link V221ToV230} and {@link V230ToV221}, one per object a module exchanges, and the
 * generic {@link Translation}: each direction offers the same objects, each entry point translates as {@link
 * Translation} does, the objects that did not change between the versions lose nothing either way, and what is no
 * pair of counterparts is refused.
 */
class EntryPointsTest {

    /** The objects whose every field is the same in both versions. */
    private static final Set<String> UNCHANGED = Set.of(
            "version",
            "versionDetails",
            "endpoint",
            "chargingPreferences",
            "token",
            "tokenPatch",
            "authorizationInfo",
            "locationReferences",
            "cancelReservation",
            "reserveNow",
            "startSession",
            "stopSession",
            "unlockConnector",
            "commandResponse",
            "commandResult",
            "setChargingProfile",
            "chargingProfileResponse",
            "activeChargingProfile",
            "activeChargingProfileResult",
            "chargingProfileResult",
            "clearProfileResult");

    static Stream<Method> entryPoints() {
        return Stream.of(V221ToV230.class, V230ToV221.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()));
    }

    private static Class<?> targetOf(Method entryPoint) {
        return (Class<?>) ((ParameterizedType) entryPoint.getGenericReturnType()).getActualTypeArguments()[0];
    }

    @Test
    void bothDirectionsOfferTheSameObjectsEachTheOthersCounterpart() throws Exception {
        Method[] there = V221ToV230.class.getDeclaredMethods();
        assertThat(there).hasSizeGreaterThanOrEqualTo(30);
        for (Method m : there) {
            if (Modifier.isPublic(m.getModifiers())) {
                Method back = V230ToV221.class.getMethod(m.getName(), targetOf(m));
                assertThat(targetOf(back)).isEqualTo(m.getParameterTypes()[0]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void anEntryPointTranslatesAsTranslationDoes(Method entryPoint) throws Exception {
        Object source = ModelSamples.filled(entryPoint.getParameterTypes()[0]);

        Object translated = entryPoint.invoke(null, source);

        assertThat(translated).isEqualTo(Translation.translate(source, targetOf(entryPoint)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void anObjectThatDidNotChangeLosesNothing(Method entryPoint) throws Exception {
        if (!UNCHANGED.contains(entryPoint.getName())) {
            return; // the objects that changed have tests of their own
        }
        Object source = ModelSamples.filled(entryPoint.getParameterTypes()[0]);

        Translated<?> translated = (Translated<?>) entryPoint.invoke(null, source);

        assertThat(translated.losses()).isEmpty();
        assertSameJson(
                OcpiJson.instance().write(translated.value()),
                OcpiJson.instance().write(source));
    }

    @Test
    void aTypeThatIsNotTheCounterpartIsRefused() {
        Object location = ModelSamples.filled(io.github.ocpi4j.model.v221.locations.Location.class);

        assertThatThrownBy(() -> Translation.translate(location, io.github.ocpi4j.model.v230.tokens.Token.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("io.github.ocpi4j.model.v230.tokens.Token is not the counterpart of"
                        + " io.github.ocpi4j.model.v221.locations.Location");
    }

    @Test
    void whatIsNoObjectOfEitherVersionIsRefused() {
        assertThatThrownBy(() -> Translation.translate("text", String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.String is no object of OCPI 2.2.1 or 2.3.0");
        assertThatThrownBy(() -> Translation.translate(
                        io.github.ocpi4j.model.v221.types.Role.CPO, io.github.ocpi4j.model.v230.types.Role.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
