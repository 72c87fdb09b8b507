package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ocpi4j.model.PatchField;
import java.util.List;

/** The one Jackson configuration of ocpi4j. */
public final class Jackson {
    private Jackson() {}

    /**
     * Returns a new mapper for OCPI JSON: properties only where a record component names them, unknown fields
     * ignored, a key twice in one object and trailing content refused, decimals exact and written plain, {@code null}s and empty lists left
     * out (but a PATCH's explicit {@code null} and empty list written), DateTimes as UTC with {@code Z}.
     */
    public static JsonMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .addModule(new OcpiModule())
                .addHandler(new ProblemHandler())
                .build();
        mapper.configOverride(List.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        mapper.configOverride(PatchField.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }

    /**
     * Returns how a constant of a closed enumeration is written: its name, or the {@code @JsonProperty} on the
     * constant where OCPI's value is no Java name (such as {@code N/A}).
     */
    public static String wireName(Enum<?> constant) {
        try {
            JsonProperty property =
                    constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e); // every constant is a public field of its enum
        }
    }

    private static final class OcpiModule extends Module {
        @Override
        public String getModuleName() {
            return "ocpi4j";
        }

        @Override
        public Version version() {
            return Version.unknownVersion();
        }

        @Override
        public void setupModule(SetupContext context) {
            context.addDeserializers(new Deserializers());
            context.addSerializers(new Serializers());
        }
    }
}
