package io.github.ocpi4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.EnvironmentalImpactCategory;
import io.github.ocpi4j.model.v221.locations.Facility;
import io.github.ocpi4j.model.v221.locations.ImageCategory;
import io.github.ocpi4j.model.v221.locations.ParkingRestriction;
import io.github.ocpi4j.model.v221.locations.ParkingType;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The baseline of the JSON benchmarks: what an application without ocpi4j would do with the same record classes. A
 * plain {@link JsonMapper} with the jsr310 module; snake_case names come from the records' {@code @JsonProperty}.
 * It knows nothing of OCPI beyond what it must to build the same records: {@link CiString} and the open enumerations
 * from their strings and back. It writes what ocpi4j writes (no {@code null}s, no empty lists), so that both do the
 * same work, and it does not validate.
 */
public final class PlainJackson {
    /** The mapper; thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(valueTypes())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .withConfigOverride(
                    List.class,
                    o -> o.setInclude(JsonInclude.Value.construct(
                            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS)))
            .build();

    private PlainJackson() {}

    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("value-types");
        module.addSerializer(CiString.class, ToStringSerializer.instance);
        module.addSerializer(OpenEnum.class, ToStringSerializer.instance);
        module.addDeserializer(CiString.class, new FromString<>(CiString.class, CiString::of));
        module.addDeserializer(Capability.class, new FromString<>(Capability.class, Capability::of));
        module.addDeserializer(ConnectorType.class, new FromString<>(ConnectorType.class, ConnectorType::of));
        module.addDeserializer(
                EnvironmentalImpactCategory.class,
                new FromString<>(EnvironmentalImpactCategory.class, EnvironmentalImpactCategory::of));
        module.addDeserializer(Facility.class, new FromString<>(Facility.class, Facility::of));
        module.addDeserializer(ImageCategory.class, new FromString<>(ImageCategory.class, ImageCategory::of));
        module.addDeserializer(
                ParkingRestriction.class, new FromString<>(ParkingRestriction.class, ParkingRestriction::of));
        module.addDeserializer(ParkingType.class, new FromString<>(ParkingType.class, ParkingType::of));
        module.addDeserializer(TokenType.class, new FromString<>(TokenType.class, TokenType::of));
        addV230(module);
        return module;
    }

    /** The open enumerations of OCPI 2.3.0's Locations, which are types of their own. */
    private static void addV230(SimpleModule module) {
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.Capability.class,
                io.github.ocpi4j.model.v230.locations.Capability::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.ConnectorCapability.class,
                io.github.ocpi4j.model.v230.locations.ConnectorCapability::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.ConnectorType.class,
                io.github.ocpi4j.model.v230.locations.ConnectorType::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.EnvironmentalImpactCategory.class,
                io.github.ocpi4j.model.v230.locations.EnvironmentalImpactCategory::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.Facility.class,
                io.github.ocpi4j.model.v230.locations.Facility::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.ImageCategory.class,
                io.github.ocpi4j.model.v230.locations.ImageCategory::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.ParkingRestriction.class,
                io.github.ocpi4j.model.v230.locations.ParkingRestriction::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.ParkingType.class,
                io.github.ocpi4j.model.v230.locations.ParkingType::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.locations.VehicleType.class,
                io.github.ocpi4j.model.v230.locations.VehicleType::of);
        addOpenEnum(
                module,
                io.github.ocpi4j.model.v230.tokens.TokenType.class,
                io.github.ocpi4j.model.v230.tokens.TokenType::of);
    }

    private static <T> void addOpenEnum(SimpleModule module, Class<T> type, Function<String, T> factory) {
        module.addDeserializer(type, new FromString<>(type, factory));
    }

    /** A value type read from a JSON string by its factory. */
    @SuppressWarnings("serial") // Jackson's deserializers are Serializable; these are never serialized
    private static final class FromString<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> factory;

        FromString(Class<T> type, Function<String, T> factory) {
            super(type);
            this.factory = factory;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return factory.apply(p.getValueAsString());
        }
    }
}
