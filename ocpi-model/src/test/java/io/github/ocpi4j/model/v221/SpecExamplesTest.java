package io.github.ocpi4j.model.v221;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.JsonAssertions.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.EnergyMix;
import io.github.ocpi4j.model.v221.locations.Hours;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.versions.Version;
import io.github.ocpi4j.model.v221.versions.VersionDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the OCPI 2.2.1 specification, read into its type, validated, written and compared with
 * the original. Examples that are fragments of an object ({@code "energy_mix": {...}}) are read at that field.
 */
class SpecExamplesTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    /** Where an example is read: its type, and the field that holds it when the file is a fragment. */
    record Example(OcpiType<?> type, String field) {}

    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    static {
        put("cdr_example.json", OcpiType.of(CDR.class));
        for (String n : List.of("", "2", "3", "4")) {
            put("credentials_example" + n + ".json", OcpiType.of(Credentials.class));
        }
        for (String n : List.of("complete", "energy_provider", "simple")) {
            EXAMPLES.put(
                    "location_energymix_example_" + n + ".json",
                    new Example(OcpiType.of(EnergyMix.class), "energy_mix"));
        }
        for (String n : List.of(
                "",
                "_parking_garage_opening_hours",
                "_uc2_destination_charger",
                "_uc3_destination_charger_not_published",
                "_uc4_limited_visibility",
                "_uc5_home_charge_point")) {
            put("location_example" + n + ".json", OcpiType.of(Location.class));
        }
        for (String n : List.of(
                "247_open_exception_closing",
                "opening_hours_with_exceptional_closing",
                "opening_hours_with_exceptional_opening")) {
            put("location_hours_" + n + ".json", OcpiType.of(Hours.class));
        }
        put("location_patch_example_location.json", OcpiType.of(LocationPatch.class));
        put("location_patch_example_remove_evse.json", OcpiType.of(EVSEPatch.class));
        put("location_patch_example_status.json", OcpiType.of(EVSEPatch.class));
        put("location_patch_example_tariff.json", OcpiType.of(ConnectorPatch.class));
        put("location_put_example_add_evse.json", OcpiType.of(EVSE.class));
        EXAMPLES.put("location_regularhours_example.json", new Example(OcpiType.of(Hours.class), "opening_times"));
        put("session_example_1_simple_start.json", OcpiType.of(Session.class));
        put("session_example_2_short_finished.json", OcpiType.of(Session.class));
        put("session_patch_example_charging_period.json", OcpiType.of(SessionPatch.class));
        put("session_patch_example_total_cost.json", OcpiType.of(SessionPatch.class));
        for (String name : SpecFiles.exampleNames("2.2.1")) {
            if (name.startsWith("tariff")) {
                put(name, OcpiType.of(Tariff.class));
            }
        }
        put("token_example_1_app_user.json", OcpiType.of(Token.class));
        put("token_example_2_full_rfid.json", OcpiType.of(Token.class));
        put("token_put_example.json", OcpiType.of(Token.class));
        put("token_patch_example.json", OcpiType.of(TokenPatch.class));
        put("transport_and_format_get_token_example.json", OcpiType.responseOf(Token.class));
        put("transport_and_format_get_token_list_example.json", OcpiType.responseOfList(Token.class));
        put("transport_and_format_version_details_example.json", OcpiType.responseOf(VersionDetails.class));
        put("transport_and_format_version_info_example.json", OcpiType.responseOfList(Version.class));
        put("type_displaytext_example.json", OcpiType.of(DisplayText.class));
        put("version_details_example.json", OcpiType.of(VersionDetails.class));
        put("version_details_example2.json", OcpiType.of(VersionDetails.class));
        put("versions_info_example.json", OcpiType.listOf(Version.class));
    }

    /**
     * The examples that break the specification's own rules, with every violation they hold. Each is asserted
     * instead of the round trip.
     */
    private static final Map<String, List<Violation>> BROKEN = Map.of(
            // [[mod_locations_evse_object]]: physical_reference is string(16), not a number; each Connector
            // ([[mod_locations_connector_object]]) requires power_type, max_voltage, max_amperage and last_updated.
            // ("floor" is not a field of EVSE, which has floor_level; unknown fields are ignored.)
            "location_put_example_add_evse.json",
            List.of(
                    new Violation("physical_reference", "type: expected a string, was a number"),
                    new Violation("connectors[0].power_type", "required"),
                    new Violation("connectors[0].max_voltage", "required"),
                    new Violation("connectors[0].max_amperage", "required"),
                    new Violation("connectors[0].last_updated", "required")),
            // [[mod_tariffs_tariff_object]]: last_updated is required (cardinality 1).
            "tariff_put_example.json",
            List.of(new Violation("last_updated", "required")));

    private static void put(String name, OcpiType<?> type) {
        EXAMPLES.put(name, new Example(type, null));
    }

    static Stream<String> examples() {
        return SpecFiles.exampleNames("2.2.1").stream();
    }

    @Test
    void everyExampleOfTheSpecificationHasATypeHere() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(SpecFiles.exampleNames("2.2.1"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) throws Exception {
        Example example = EXAMPLES.get(name);
        byte[] json = SpecFiles.example("2.2.1", name);
        if (example.field() != null) {
            json = new ObjectMapper().writeValueAsBytes(tree(json).get(example.field()));
        }

        ReadResult<?> result = JSON.read(json, example.type());

        assertThat(result.isWellFormed()).isTrue();
        if (BROKEN.containsKey(name)) {
            assertThat(result.violations()).containsExactlyInAnyOrderElementsOf(BROKEN.get(name));
            return;
        }
        assertThat(result.violations()).isEmpty();
        Object value = result.get();
        assertThat(JSON.validate(value)).isEmpty();
        assertSameJson(JSON.write(value), json);
    }
}
