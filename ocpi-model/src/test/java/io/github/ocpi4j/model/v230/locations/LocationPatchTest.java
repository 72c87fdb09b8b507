package io.github.ocpi4j.model.v230.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PATCH bodies of the 2.3.0 Locations module and their new fields ({@code [[mod_locations_patch_method]]}). */
class LocationPatchTest {
    private static final Instant LATER = Instant.parse("2024-05-01T10:00:00Z");
    private final OcpiJson json = OcpiJson.instance();
    private final Location location = json.read(SpecFiles.example("2.3.0", "location_example.json"), Location.class)
            .get();

    @Test
    void statusPatchOfTheSpecChangesOnlyTheStatusAndLastUpdated() {
        EVSE evse = location.evses().get(0);
        EVSEPatch patch = json.read(SpecFiles.example("2.3.0", "location_patch_example_status.json"), EVSEPatch.class)
                .get();

        EVSE patched = patch.applyTo(evse);

        assertThat(patched.status()).isEqualTo(Status.CHARGING);
        assertThat(patched.toBuilder()
                        .status(evse.status())
                        .lastUpdated(evse.lastUpdated())
                        .build())
                .isEqualTo(evse);
    }

    @Test
    void locationPatchOfTheSpecRenamesTheLocationAndKeepsItsParkingPlaces() {
        LocationPatch patch = json.read(
                        SpecFiles.example("2.3.0", "location_patch_example_location.json"), LocationPatch.class)
                .get();

        Location patched = patch.applyTo(location);

        assertThat(patched.name()).isEqualTo("Interparking Gent Zuid");
        assertThat(patched.parkingPlaces()).isEqualTo(location.parkingPlaces());
        assertThat(patched).extracting(Location::helpPhone).isNull();
    }

    @Test
    void patchSetsTheNewFieldsOfLocationEvseAndConnector() {
        Location withPhone = LocationPatch.builder()
                .helpPhone(CiString.of("+32 9 123 45 67"))
                .lastUpdated(LATER)
                .build()
                .applyTo(location);
        EVSE withProviders = EVSEPatch.builder()
                .acceptedServiceProviders(List.of("Fastned", "Shell Recharge"))
                .parking(List.of(new EVSEParking(CiString.of("3"), EVSEPosition.CENTER)))
                .lastUpdated(LATER)
                .build()
                .applyTo(location.evses().get(0));
        Connector plugAndCharge = ConnectorPatch.builder()
                .capabilities(List.of(ConnectorCapability.ISO_15118_20_PLUG_AND_CHARGE))
                .lastUpdated(LATER)
                .build()
                .applyTo(location.evses().get(0).connectors().get(0));

        assertThat(withPhone).extracting(Location::helpPhone).isEqualTo(CiString.of("+32 9 123 45 67"));
        assertThat(withProviders.acceptedServiceProviders()).containsExactly("Fastned", "Shell Recharge");
        assertThat(withProviders.parking()).containsExactly(new EVSEParking(CiString.of("3"), EVSEPosition.CENTER));
        assertThat(withProviders.connectors()).isEqualTo(location.evses().get(0).connectors());
        assertThat(plugAndCharge.capabilities()).containsExactly(ConnectorCapability.ISO_15118_20_PLUG_AND_CHARGE);
        assertThat(plugAndCharge.lastUpdated()).isEqualTo(LATER);
    }

    @Test
    void patchOfParkingPlacesIsCheckedByTheRulesOfAParkingPlace() {
        String body = """
                {"parking_places": [{"id": "P1", "vehicle_types": ["BUS"], "restricted_to_type": true}],
                 "last_updated": "2024-05-01T10:00:00Z"}""";

        // [[mod_locations_parking_object]]: reservation_required has cardinality 1
        assertThat(json.read(body, LocationPatch.class).violations())
                .containsExactly(new Violation("parking_places[0].reservation_required", "required"));
    }
}
