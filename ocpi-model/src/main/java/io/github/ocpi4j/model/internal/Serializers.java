package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.PatchField;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The serializers of the model's value types. */
@SuppressWarnings("serial") // Jackson's (de)serializers are Serializable; these are never serialized
final class Serializers extends com.fasterxml.jackson.databind.ser.Serializers.Base {

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
            SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == CiString.class || OpenEnum.class.isAssignableFrom(raw)) {
            return TO_STRING;
        }
        if (raw == Instant.class) {
            return DATE_TIME;
        }
        if (raw == OcpiStatusCode.class) {
            return STATUS_CODE;
        }
        if (raw == PatchField.class) {
            return PATCH_FIELD;
        }
        return null;
    }

    private static final StdSerializer<Object> TO_STRING = new StdSerializer<>(Object.class) {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    };

    private static final StdSerializer<Instant> DATE_TIME = new StdSerializer<>(Instant.class) {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimes.format(value));
        }
    };

    private static final StdSerializer<OcpiStatusCode> STATUS_CODE = new StdSerializer<>(OcpiStatusCode.class) {
        @Override
        public void serialize(OcpiStatusCode value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.code());
        }
    };

    /** Writes a set field's value or {@code null}; absent fields are empty, so the property is left out. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final StdSerializer<PatchField> PATCH_FIELD = new StdSerializer<>(PatchField.class) {
        @Override
        public boolean isEmpty(SerializerProvider provider, PatchField value) {
            return value == null || value.isAbsent();
        }

        @Override
        public void serialize(PatchField value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNull() || value.isAbsent()) {
                gen.writeNull();
            } else {
                provider.defaultSerializeValue(value.get(), gen);
            }
        }
    };
}
