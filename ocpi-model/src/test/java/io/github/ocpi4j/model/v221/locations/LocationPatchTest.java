package io.github.ocpi4j.model.v221.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PATCH bodies of the Locations module ({@code [[mod_locations_patch_method]]}). */
class LocationPatchTest {
    private final OcpiJson json = OcpiJson.instance();
    private final Location location = json.read(SpecFiles.example("2.2.1", "location_example.json"), Location.class)
            .get();

    @Test
    void statusPatchChangesOnlyTheStatusAndLastUpdated() {
        EVSE evse = location.evses().get(0);
        EVSEPatch patch = json.read(SpecFiles.example("2.2.1", "location_patch_example_status.json"), EVSEPatch.class)
                .get();

        EVSE patched = patch.applyTo(evse);

        assertThat(patched.status()).isEqualTo(Status.CHARGING);
        assertThat(patched.lastUpdated()).isEqualTo(Instant.parse("2019-06-24T12:39:09Z"));
        assertThat(patched.toBuilder()
                        .status(evse.status())
                        .lastUpdated(evse.lastUpdated())
                        .build())
                .isEqualTo(evse);
    }

    @Test
    void tariffPatchReplacesTheListOfTariffs() {
        Connector connector = location.evses().get(0).connectors().get(0);
        ConnectorPatch patch = json.read(
                        SpecFiles.example("2.2.1", "location_patch_example_tariff.json"), ConnectorPatch.class)
                .get();

        assertThat(patch.applyTo(connector).tariffIds()).containsExactly(CiString.of("15"));
    }

    @Test
    void explicitNullClearsAnOptionalFieldAndAbsentKeepsIt() {
        LocationPatch patch = LocationPatch.builder()
                .name(null)
                .lastUpdated(Instant.parse("2024-01-01T00:00:00Z"))
                .build();

        Location patched = patch.applyTo(location);

        assertThat(patch.name()).isEqualTo(PatchField.ofNull());
        assertThat(patched.name()).isNull();
        assertThat(patched.city()).isEqualTo(location.city());
        assertThat(patched.evses()).isEqualTo(location.evses());
    }

    @Test
    void patchOfAnEmptyListEmptiesIt() {
        LocationPatch patch = LocationPatch.builder()
                .facilities(List.of())
                .lastUpdated(Instant.parse("2024-01-01T00:00:00Z"))
                .build();

        assertThat(patch.applyTo(location).facilities()).isEmpty();
    }

    @Test
    void patchValuesAreCheckedByTheRulesOfTheirFields() {
        String body = """
                {"evse_id": "not an id", "connectors": [], "last_updated": "2019-06-24T12:39:09Z"}""";

        assertThat(json.read(body, EVSEPatch.class).violations())
                .containsExactly(
                        new Violation(
                                "evse_id",
                                "eMI3 EVSE ID: \"not an id\" does not match <country>[*]<operator>[*]E<outlet>"),
                        new Violation("connectors", "cardinality +: at least one element required"));
    }

    @Test
    void aBuiltPatchIsWrittenWithOnlyItsFields() {
        EVSEPatch patch = EVSEPatch.builder()
                .status(Status.REMOVED)
                .lastUpdated(Instant.parse("2019-06-24T12:39:09Z"))
                .build();

        assertThat(json.writeString(patch))
                .isEqualTo("{\"status\":\"REMOVED\",\"last_updated\":\"2019-06-24T12:39:09Z\"}");
    }
}
