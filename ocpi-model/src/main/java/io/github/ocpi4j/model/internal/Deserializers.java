package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.PatchField;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The deserializers of every leaf type of the model. Each accepts exactly the JSON type OCPI uses; anything else
 * becomes a {@link ReadProblems} violation at the value's path and a {@code null}, so reading goes on and every
 * problem of a document is reported together.
 */
@SuppressWarnings("serial") // Jackson's (de)serializers are Serializable; these are never serialized
final class Deserializers extends com.fasterxml.jackson.databind.deser.Deserializers.Base {

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return STRING;
        }
        if (raw == CiString.class) {
            return CI_STRING;
        }
        if (raw == Integer.class) {
            return INTEGER;
        }
        if (raw == BigDecimal.class) {
            return DECIMAL;
        }
        if (raw == Boolean.class) {
            return BOOLEAN;
        }
        if (raw == Instant.class) {
            return DATE_TIME;
        }
        if (raw == OcpiStatusCode.class) {
            return STATUS_CODE;
        }
        if (raw == PatchField.class) {
            return new PatchFieldDeserializer(null);
        }
        if (OpenEnum.class.isAssignableFrom(raw)) {
            return new OpenEnumDeserializer(raw);
        }
        return null;
    }

    @Override
    public @Nullable JsonDeserializer<?> findCollectionDeserializer(
            CollectionType type,
            DeserializationConfig config,
            BeanDescription beanDesc,
            @Nullable TypeDeserializer elementTypeDeserializer,
            @Nullable JsonDeserializer<?> elementDeserializer) {
        return type.getRawClass() == List.class ? new ListDeserializer(type, null) : null;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(
            Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return new EnumDeserializer(type);
    }

    /** A deserializer of values that are one JSON token. */
    abstract static class Leaf<T> extends StdDeserializer<T> {
        private final String expected;

        Leaf(Class<?> type, String expected) {
            super(type);
            this.expected = expected;
        }

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, p.currentToken());
        }

        abstract @Nullable T read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException;

        /** Reports a value of the wrong JSON type and skips it. */
        @Nullable
        T mismatch(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            ReadProblems.reportAndSkip(ctxt, p, "type: expected " + expected + ", was " + ReadProblems.describe(token));
            return null;
        }
    }

    private static final Leaf<String> STRING = new Leaf<>(String.class, "a string") {
        @Override
        @Nullable
        String read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            return token == JsonToken.VALUE_STRING ? p.getText() : mismatch(p, ctxt, token);
        }
    };

    private static final Leaf<CiString> CI_STRING = new Leaf<>(CiString.class, "a string") {
        @Override
        @Nullable
        CiString read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            return token == JsonToken.VALUE_STRING ? CiString.of(p.getText()) : mismatch(p, ctxt, token);
        }
    };

    private static final Leaf<Integer> INTEGER = new Leaf<>(Integer.class, "an integer") {
        @Override
        @Nullable
        Integer read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                return mismatch(p, ctxt, token);
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                ReadProblems.report(ctxt, p, "int: " + p.getText() + " is out of range");
                return null;
            }
            return p.getIntValue();
        }
    };

    private static final Leaf<BigDecimal> DECIMAL = new Leaf<>(BigDecimal.class, "a number") {
        @Override
        @Nullable
        BigDecimal read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    ? p.getDecimalValue()
                    : mismatch(p, ctxt, token);
        }
    };

    private static final Leaf<Boolean> BOOLEAN = new Leaf<>(Boolean.class, "a boolean") {
        @Override
        @Nullable
        Boolean read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : mismatch(p, ctxt, token);
        }
    };

    private static final Leaf<Instant> DATE_TIME = new Leaf<>(Instant.class, "a DateTime string") {
        @Override
        @Nullable
        Instant read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                return mismatch(p, ctxt, token);
            }
            DateTimes.Parsed parsed = DateTimes.parse(p.getText());
            if (parsed.violation() != null) {
                ReadProblems.report(ctxt, p, parsed.violation());
            }
            return parsed.instant();
        }
    };

    private static final Leaf<OcpiStatusCode> STATUS_CODE = new Leaf<>(OcpiStatusCode.class, "an integer") {
        @Override
        @Nullable
        OcpiStatusCode read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                return mismatch(p, ctxt, token);
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                ReadProblems.report(ctxt, p, "status code: " + p.getText() + " is not in 1000-4999");
                return null;
            }
            return OcpiStatusCode.of(p.getIntValue());
        }
    };

    /**
     * Closed enumerations: an unknown value is a violation at its field, not an exception. A constant's wire value is
     * its name, or the {@code @JsonProperty} on the constant where OCPI's value is no Java name (such as {@code N/A}),
     * as Jackson writes it.
     */
    static final class EnumDeserializer extends Leaf<Object> {
        private final Map<String, Object> byName = new LinkedHashMap<>();
        private final String typeName;
        private final String allowed;

        EnumDeserializer(Class<?> type) {
            super(type, "a string");
            for (Object constant : type.getEnumConstants()) {
                byName.put(Jackson.wireName((Enum<?>) constant), constant);
            }
            typeName = type.getSimpleName();
            allowed = String.join(", ", byName.keySet());
        }

        @Override
        @Nullable
        Object read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                return mismatch(p, ctxt, token);
            }
            Object value = byName.get(p.getText());
            if (value == null) {
                ReadProblems.report(
                        ctxt,
                        p,
                        "enum " + typeName + ": unknown value " + Formats.quote(p.getText()) + " (allowed: " + allowed
                                + ")");
            }
            return value;
        }
    }

    /** Open enumerations: any string is kept as it is. */
    static final class OpenEnumDeserializer extends Leaf<Object> {
        private final MethodHandle factory;

        OpenEnumDeserializer(Class<?> type) {
            super(type, "a string");
            try {
                factory = MethodHandles.publicLookup()
                        .findStatic(type, "of", MethodType.methodType(type, String.class))
                        .asType(MethodType.methodType(Object.class, String.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type + " lacks a public static of(String)", e);
            }
        }

        @Override
        @Nullable
        Object read(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                return mismatch(p, ctxt, token);
            }
            try {
                return (Object) factory.invokeExact(p.getText());
            } catch (Throwable t) {
                throw JsonMappingException.from(
                        p, "cannot create " + handledType().getSimpleName(), t);
            }
        }
    }

    /**
     * JSON arrays, as the {@code List}s of the model: each element read by the element type's deserializer, and
     * counted against the read's limit of array elements ({@link ReadProblems#countElement}), so that a document
     * cannot make a read hold more objects than its caller accepts.
     */
    static final class ListDeserializer extends StdDeserializer<List<?>> implements ContextualDeserializer {
        private final JavaType type;
        private final @Nullable JsonDeserializer<Object> elements;

        ListDeserializer(JavaType type, @Nullable JsonDeserializer<Object> elements) {
            super(type);
            this.type = type;
            this.elements = elements;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
                throws JsonMappingException {
            return new ListDeserializer(type, ctxt.findContextualValueDeserializer(type.getContentType(), property));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Collection;
        }

        @Override
        public @Nullable List<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (elements == null) {
                throw JsonMappingException.from(p, "List read without its element type");
            }
            if (!p.isExpectedStartArrayToken()) {
                return (List<?>) ctxt.handleUnexpectedToken(type, p); // reported and skipped: ProblemHandler
            }
            ReadProblems problems = ReadProblems.of(ctxt);
            List<Object> list = new ArrayList<>();
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (problems != null) {
                    problems.countElement(p);
                }
                try {
                    list.add(
                            token == JsonToken.VALUE_NULL
                                    ? elements.getNullValue(ctxt)
                                    : elements.deserialize(p, ctxt));
                } catch (Exception e) {
                    throw JsonMappingException.wrapWithPath(e, list, list.size()); // the index, for the path
                }
            }
            return list;
        }
    }

    /** PATCH fields: absent, {@code null} and a value read by the content type's deserializer. */
    static final class PatchFieldDeserializer extends StdDeserializer<PatchField<?>> implements ContextualDeserializer {
        private final @Nullable JsonDeserializer<?> content;

        PatchFieldDeserializer(@Nullable JsonDeserializer<?> content) {
            super(PatchField.class);
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType contentType = type == null ? null : type.containedType(0);
            if (contentType == null) {
                contentType = ctxt.constructType(Object.class);
            }
            return new PatchFieldDeserializer(ctxt.findContextualValueDeserializer(contentType, property));
        }

        @Override
        public PatchField<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (content == null) {
                throw JsonMappingException.from(p, "PatchField read without its content type");
            }
            return PatchField.ofNullable(content.deserialize(p, ctxt));
        }

        @Override
        public PatchField<?> getNullValue(DeserializationContext ctxt) {
            return PatchField.ofNull();
        }

        @Override
        public PatchField<?> getAbsentValue(DeserializationContext ctxt) {
            return PatchField.absent();
        }
    }
}
