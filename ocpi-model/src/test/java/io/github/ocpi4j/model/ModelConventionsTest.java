package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every record of the model must do, checked on all of them, in every version. */
class ModelConventionsTest {

    static Stream<Class<?>> records() {
        return ModelTypes.recordsOfEveryVersion();
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyComponentHasItsSnakeCaseWireName(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
            assertThat(property)
                    .as("%s.%s has @JsonProperty", type.getSimpleName(), c.getName())
                    .isNotNull();
            String snake = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(property.value())
                    .as("%s.%s", type.getSimpleName(), c.getName())
                    .isEqualTo(snake);
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyNestedObjectIsMarkedValidSoJakartaValidatorsCascadeToo(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            AnnotatedType valueType = c.getAccessor().getAnnotatedReturnType();
            while (valueType instanceof AnnotatedParameterizedType p
                    && (ModelSamples.rawClass(p.getType()) == List.class
                            || ModelSamples.rawClass(p.getType()) == PatchField.class)) {
                valueType = p.getAnnotatedActualTypeArguments()[0]; // List<@Valid EVSE>, PatchField<@Valid X>
            }
            if (valueType.getType() instanceof Class<?> target && target.isRecord()) {
                assertThat(valueType.isAnnotationPresent(Valid.class))
                        .as("%s.%s: @Valid on %s", type.getSimpleName(), c.getName(), target.getSimpleName())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void builderSetsEveryComponentAndToBuilderCopiesThemAll(Class<?> type) throws Exception {
        Object built = ModelSamples.filled(type);

        for (RecordComponent c : type.getRecordComponents()) {
            Object expected = ModelSamples.sample(c.getGenericType(), type.getSimpleName() + "." + c.getName());
            if (c.getType() == PatchField.class) {
                expected = PatchField.of(expected);
            }
            assertThat(c.getAccessor().invoke(built))
                    .as("%s.%s", type.getSimpleName(), c.getName())
                    .isEqualTo(expected);
        }
        Object copy = type.getMethod("toBuilder").invoke(built);
        assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(built);
    }

    @ParameterizedTest
    @MethodSource("records")
    void validationKnowsEveryAnnotationOfTheRecord(Class<?> type) throws Exception {
        Object built = ModelSamples.filled(type);

        // runs every check of every component; an annotation the engine does not know would throw
        assertThat(OcpiJson.instance().validate(built)).isNotNull();
        assertThat(OcpiJson.instance()
                        .validate(type.getMethod("builder")
                                .invoke(null)
                                .getClass()
                                .getMethod("build")
                                .invoke(type.getMethod("builder").invoke(null))))
                .isNotNull();
    }

    @ParameterizedTest
    @MethodSource("records")
    void recordsSurviveAJsonRoundTrip(Class<?> type) throws Exception {
        Object built = ModelSamples.filled(type);
        OcpiJson json = OcpiJson.instance();

        Object read = json.read(json.write(built), type).value().orElseThrow();

        assertThat(read).isEqualTo(built);
    }

    @Test
    void everyOverloadedSetterTakesNullAndClearsItsComponent() throws Exception {
        int overloaded = 0;
        for (Class<?> type : records().toList()) {
            Object filled = ModelSamples.filled(type);
            Class<?> builderType = type.getMethod("toBuilder").invoke(filled).getClass();
            for (RecordComponent c : type.getRecordComponents()) {
                List<Method> setters = Stream.of(builderType.getMethods())
                        .filter(m -> m.getName().equals(c.getName()) && m.getParameterCount() == 1)
                        .toList();
                if (setters.size() < 2) {
                    continue;
                }
                overloaded++;
                String name = type.getSimpleName() + ".Builder." + c.getName();
                // setter(null) compiles when one overload's parameter type fits every other's: it is then chosen
                assertThat(setters)
                        .as("%s(null) resolves to one overload", name)
                        .anySatisfy(specific -> assertThat(setters)
                                .allSatisfy(other -> assertThat(other.getParameterTypes()[0].isAssignableFrom(
                                                specific.getParameterTypes()[0]))
                                        .isTrue()));
                for (Method setter : setters) {
                    Object builder = type.getMethod("toBuilder").invoke(filled);
                    setter.invoke(builder, (Object) null);
                    Object value = c.getAccessor()
                            .invoke(builderType.getMethod("build").invoke(builder));
                    assertThat(value == null || value.equals(PatchField.ofNull()))
                            .as("%s(%s null) clears it, was %s", name, setter.getParameterTypes()[0], value)
                            .isTrue();
                }
            }
        }
        assertThat(overloaded).as("components with overloaded setters").isGreaterThan(100);
    }
}
