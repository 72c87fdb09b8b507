package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.JsonAssertions.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of OCPI 2.2.1 and 2.3.0 that has a counterpart in the other version, translated into it: the
 * result is valid when the example is, loses exactly what is listed here, comes back equal from a round trip and from
 * a translation into its own version, and, where the specification shows the same example in both versions, is that
 * example.
 */
class SpecExamplesTranslationTest {
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String V221 = "2.2.1";
    private static final String V230 = "2.3.0";

    /**
     * The paths of what each 2.3.0 example loses on its way to 2.2.1, in the order of the record's fields; every other
     * example, and every 2.2.1 example on its way to 2.3.0, loses nothing.
     */
    private static final Map<String, List<String>> LOST_TOWARDS_V221 = Map.of(
            // [[mod_locations_parking_object]], [[mod_locations_evseparking_class]]: new in 2.3.0
            "location_example.json", List.of("evses[0].parking", "evses[1].parking", "parking_places"),
            "location_example_parking_garage_opening_hours.json", List.of("evses[0].parking", "parking_places"),
            // [[mod_tariffs_taxincluded_enum]]: 2.2.1 prices exclude VAT and cannot say that they include taxes
            "tariff_20_simple_north_american_inclusive.json", List.of("tax_included"));

    /** Examples whose content the specification changed between the versions beyond the versions' differences. */
    private static final Set<String> CHANGED_CONTENT = Set.of(
            "cdr_example.json", // other dates
            "location_example.json", // parking_type ON_STREET became PARKING_GARAGE
            // broken in both versions (physical_reference is a number), so the value read lacks it
            "location_put_example_add_evse.json");

    /** 2.2.1 to 2.3.0, also parking places and EVSE parking that the 2.3.0 example adds. */
    private static final Set<String> CHANGED_TOWARDS_V230 =
            Set.of("location_example_parking_garage_opening_hours.json");

    /** Where an example is read: the relative name of its type below the version's package, and the field if any. */
    private record Example(String type, @Nullable String field, boolean list) {}

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (String version : List.of(V221, V230)) {
            for (String name : SpecFiles.exampleNames(version)) {
                if (!name.startsWith("payment_")) { // the Payments module is new in 2.3.0
                    all.add(Arguments.of(version, name));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void exampleTranslatesIntoTheOtherVersionLosingOnlyWhatItLacks(String version, String name) throws Exception {
        String other = version.equals(V221) ? V230 : V221;
        Example example = exampleOf(name);
        Class<?> type = type(version, example.type());
        Class<?> target = type(other, example.type());
        ReadResult<?> read = read(version, name, example, type);
        List<?> sources = example.list()
                ? (List<?>) read.value().orElseThrow()
                : List.of(read.value().orElseThrow());

        List<Object> translated = new ArrayList<>();
        for (Object source : sources) {
            Translated<?> result = Translation.translate(source, target);

            List<String> lost = version.equals(V230) ? LOST_TOWARDS_V221.getOrDefault(name, List.of()) : List.of();
            assertThat(result.losses()).extracting(Loss::path).containsExactlyElementsOf(lost);
            if (read.isValid()) {
                assertThat(JSON.validate(result.value())).isEmpty();
            }
            translated.add(result.value());
        }

        if (!CHANGED_CONTENT.contains(name)
                && !(version.equals(V221) && CHANGED_TOWARDS_V230.contains(name))
                && SpecFiles.exampleNames(other).contains(name)) {
            Object value = example.list() ? translated : translated.get(0);
            assertSameJson(JSON.write(value), exampleJson(other, name, example));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void exampleComesBackEqualFromItsOwnVersionAndFromALosslessRoundTrip(String version, String name) {
        String other = version.equals(V221) ? V230 : V221;
        Example example = exampleOf(name);
        Class<?> type = type(version, example.type());
        Class<?> target = type(other, example.type());
        ReadResult<?> read = read(version, name, example, type);
        List<?> sources = example.list()
                ? (List<?>) read.value().orElseThrow()
                : List.of(read.value().orElseThrow());

        for (Object source : sources) {
            assertThat(Translation.translate(source, type).value()).isEqualTo(source);
            Translated<?> there = Translation.translate(source, target);
            if (read.isValid() && there.isLossless()) {
                Translated<?> back = Translation.translate(there.value(), type);
                assertThat(back.losses()).isEmpty();
                assertThat(back.value()).isEqualTo(source);
            }
        }
    }

    /** The type of each example, by the prefix of its name, as the examples tests of the modules read them. */
    private static Example exampleOf(String name) {
        if (name.startsWith("cdr")) {
            return new Example("cdrs.CDR", null, false);
        } else if (name.startsWith("credentials")) {
            return new Example("credentials.Credentials", null, false);
        } else if (name.startsWith("location_energymix")) {
            return new Example("locations.EnergyMix", "energy_mix", false);
        } else if (name.startsWith("location_example")) {
            return new Example("locations.Location", null, false);
        } else if (name.startsWith("location_hours")) {
            return new Example("locations.Hours", null, false);
        } else if (name.equals("location_regularhours_example.json")) {
            return new Example("locations.Hours", "opening_times", false);
        } else if (name.equals("location_patch_example_location.json")) {
            return new Example("locations.LocationPatch", null, false);
        } else if (name.equals("location_patch_example_tariff.json")) {
            return new Example("locations.ConnectorPatch", null, false);
        } else if (name.startsWith("location_patch")) {
            return new Example("locations.EVSEPatch", null, false);
        } else if (name.startsWith("location_put")) {
            return new Example("locations.EVSE", null, false);
        } else if (name.startsWith("session_patch")) {
            return new Example("sessions.SessionPatch", null, false);
        } else if (name.startsWith("session")) {
            return new Example("sessions.Session", null, false);
        } else if (name.startsWith("tariff")) {
            return new Example("tariffs.Tariff", null, false);
        } else if (name.startsWith("token_patch")) {
            return new Example("tokens.TokenPatch", null, false);
        } else if (name.startsWith("token")) {
            return new Example("tokens.Token", null, false);
        } else if (name.startsWith("transport_and_format_get_token_list")) {
            return new Example("tokens.Token", "data", true);
        } else if (name.startsWith("transport_and_format_get_token")) {
            return new Example("tokens.Token", "data", false);
        } else if (name.startsWith("transport_and_format_version_details")) {
            return new Example("versions.VersionDetails", "data", false);
        } else if (name.startsWith("transport_and_format_version_info")) {
            return new Example("versions.Version", "data", true);
        } else if (name.startsWith("type_displaytext")) {
            return new Example("types.DisplayText", null, false);
        } else if (name.startsWith("version_details")) {
            return new Example("versions.VersionDetails", null, false);
        } else if (name.startsWith("versions_info")) {
            return new Example("versions.Version", null, true);
        }
        throw new IllegalArgumentException("no type for the example " + name);
    }

    private static Class<?> type(String version, String relativeName) {
        try {
            return Class.forName("io.github.ocpi4j.model.v" + version.replace(".", "") + "." + relativeName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReadResult<?> read(String version, String name, Example example, Class<?> type) {
        byte[] json = exampleJson(version, name, example);
        return example.list() ? JSON.read(json, OcpiType.listOf(type)) : JSON.read(json, type);
    }

    private static byte[] exampleJson(String version, String name, Example example) {
        JsonNode tree = tree(SpecFiles.example(version, name));
        try {
            return PLAIN.writeValueAsBytes(example.field() == null ? tree : tree.get(example.field()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
