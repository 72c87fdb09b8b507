package io.github.ocpi4j.model;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Records of the model with every component set, for tests that cover every type: each value derived from the name
 * of its component, so that two components rarely get the same one, and nested records filled three levels deep.
 */
public final class ModelSamples {
    private ModelSamples() {}

    /** Returns a record of this type with every component set, built through its builder. */
    public static Object filled(Class<?> type) {
        try {
            return fill(type, type.getSimpleName(), 0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the value {@link #filled} gives a component of this type whose path from the record is {@code seed}. */
    public static Object sample(Type type, String seed) {
        try {
            return sample(type, seed, 0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a record through its builder, every component set to a value derived from its name. */
    private static Object fill(Class<?> type, String seed, int depth) throws ReflectiveOperationException {
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
    private static Object sample(Type type, String seed, int depth) throws ReflectiveOperationException {
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

    /** Returns the class of a type, or of a parameterized type without its arguments. */
    public static Class<?> rawClass(Type type) {
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
