package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
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
                    && (rawClass(p.getType()) == List.class || rawClass(p.getType()) == PatchField.class)) {
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
        Object built = fill(type, type.getSimpleName(), 0);

        for (RecordComponent c : type.getRecordComponents()) {
            Object expected = sample(c.getGenericType(), type.getSimpleName() + "." + c.getName(), 0);
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
        Object built = fill(type, type.getSimpleName(), 0);

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
        Object built = fill(type, type.getSimpleName(), 0);
        OcpiJson json = OcpiJson.instance();

        Object read = json.read(json.write(built), type).value().orElseThrow();

        assertThat(read).isEqualTo(built);
    }

    /** Builds a record through its builder, every component set to a value derived from its name. */
    private static Object fill(Class<?> type, String seed, int depth) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (RecordComponent c : type.getRecordComponents()) {
            Type valueType = c.getType() == PatchField.class
                    ? ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]
                    : c.getGenericType();
            Object value = sample(c.getGenericType(), seed + "." + c.getName(), depth);
            Method setter = builder.getClass().getMethod(c.getName(), rawClass(valueType));
            setter.invoke(builder, value);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    /** A value of a type, distinct for each seed. */
    private static Object sample(Type type, String seed, int depth) throws Exception {
        Class<?> raw = rawClass(type);
        int n = Math.abs(seed.hashCode() % 1000);
        if (raw == PatchField.class) {
            return sample(((ParameterizedType) type).getActualTypeArguments()[0], seed, depth);
        }
        if (raw == String.class) {
            return "s" + n;
        }
        if (raw == CiString.class) {
            return CiString.of("c" + n);
        }
        if (raw == Integer.class) {
            return n;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(n + ".5");
        }
        if (raw == Boolean.class) {
            return n % 2 == 0;
        }
        if (raw == Instant.class) {
            return Instant.ofEpochSecond(1_500_000_000L + n);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[n % constants.length];
        }
        if (OpenEnum.class.isAssignableFrom(raw)) {
            return raw.getMethod("of", String.class).invoke(null, "X" + n);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (rawClass(element).isRecord() && depth >= 2) {
                return List.of();
            }
            return List.of(sample(element, seed + "[0]", depth + 1));
        }
        if (raw.isRecord()) {
            return depth >= 3 ? null : fill(raw, seed, depth + 1);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof Class<?> c) {
            return c;
        }
        // type-use annotated types arrive as AnnotatedType only through other APIs; plain reflection gives these
        throw new IllegalArgumentException("unexpected type " + type);
    }
}
