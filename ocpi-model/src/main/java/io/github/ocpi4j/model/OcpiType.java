package io.github.ocpi4j.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;

/**
 * The type of a JSON document to read: an OCPI object, a list of them, or a response envelope around either.
 * Create it once and keep it; {@link OcpiJson} reads with it at no further cost.
 *
 * <pre>{@code
 * static final OcpiType<OcpiResponse<List<Location>>> PAGE = OcpiType.responseOfList(Location.class);
 * ReadResult<OcpiResponse<List<Location>>> page = json.read(body, PAGE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the Java type the document is read into
 */
public final class OcpiType<T> {
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    private final JavaType javaType;

    private OcpiType(JavaType javaType) {
        this.javaType = javaType;
    }

    /** Returns the type of one object, such as a {@code Location}. */
    public static <T> OcpiType<T> of(Class<T> type) {
        return new OcpiType<>(TYPES.constructType(type));
    }

    /** Returns the type of a JSON array of objects. */
    public static <T> OcpiType<List<T>> listOf(Class<T> elementType) {
        return new OcpiType<>(TYPES.constructCollectionType(List.class, elementType));
    }

    /** Returns the type of a response envelope whose {@code data} is one object. */
    public static <T> OcpiType<OcpiResponse<T>> responseOf(Class<T> dataType) {
        return responseOf(of(dataType));
    }

    /** Returns the type of a response envelope whose {@code data} is a JSON array of objects. */
    public static <T> OcpiType<OcpiResponse<List<T>>> responseOfList(Class<T> elementType) {
        return responseOf(listOf(elementType));
    }

    /** Returns the type of a response envelope whose {@code data} is of the given type. */
    public static <T> OcpiType<OcpiResponse<T>> responseOf(OcpiType<T> dataType) {
        return new OcpiType<>(TYPES.constructParametricType(OcpiResponse.class, dataType.javaType));
    }

    JavaType javaType() {
        return javaType;
    }

    @Override
    public String toString() {
        return javaType.toCanonical();
    }
}
