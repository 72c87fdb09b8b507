package io.github.ocpi4j.model.v230.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The values 2.3.0 adds to the Locations module's enumerations, and its open enumerations keeping values a newer
 * partner sends ({@code [[types_openenum_type]]}).
 */
class LocationsOpenEnumsTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void connectorTypesOf230IncludeMcsAndSaeJ3400() {
        // [[mod_locations_connectortype_enum]]
        assertThat(ConnectorType.of("MCS")).isSameAs(ConnectorType.MCS);
        assertThat(ConnectorType.of("SAE_J3400").isKnown()).isTrue();
        assertThat(ConnectorType.knownValues()).hasSize(42);
    }

    @Test
    void parkingRestrictionsOf230AreListedInTheOrderOfTheText() {
        // [[mod_locations_parkingrestriction_enum]]
        assertThat(ParkingRestriction.knownValues())
                .containsExactly(
                        ParkingRestriction.CUSTOMERS,
                        ParkingRestriction.DISABLED,
                        ParkingRestriction.EMPLOYEES,
                        ParkingRestriction.EV_ONLY,
                        ParkingRestriction.MOTORCYCLES,
                        ParkingRestriction.PLUGGED,
                        ParkingRestriction.TAXIS,
                        ParkingRestriction.TENANTS);
    }

    @Test
    void vehicleTypesAndConnectorCapabilitiesAreOpenEnumerationsOfTheirOwn() {
        // [[mod_locations_vehicletype_enum]], [[mod_locations_connectorcapability_enum]]
        assertThat(VehicleType.knownValues())
                .extracting(VehicleType::value)
                .containsExactly(
                        "MOTORCYCLE",
                        "PERSONAL_VEHICLE",
                        "PERSONAL_VEHICLE_WITH_TRAILER",
                        "VAN",
                        "SEMI_TRACTOR",
                        "RIGID",
                        "TRUCK_WITH_TRAILER",
                        "BUS",
                        "DISABLED");
        assertThat(ConnectorCapability.knownValues())
                .extracting(ConnectorCapability::value)
                .containsExactly("ISO_15118_2_PLUG_AND_CHARGE", "ISO_15118_20_PLUG_AND_CHARGE");
    }

    @Test
    void unknownValuesOfOpenEnumerationsAreReadWithoutViolationAndWrittenBackAsSent() {
        String body = """
                {"id":"P1","vehicle_types":["CARGO_BIKE","BUS"],"restricted_to_type":true,\
                "reservation_required":false}""";

        ReadResult<Parking> read = json.read(body, Parking.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().vehicleTypes()).containsExactly(VehicleType.of("CARGO_BIKE"), VehicleType.BUS);
        assertThat(read.get().vehicleTypes().get(0).isKnown()).isFalse();
        assertThat(json.writeString(read.get())).isEqualTo(body);
    }

    @Test
    void closedEnumerationsOf230RejectValuesTheyDoNotDefine() {
        // [[mod_locations_parkingdirection_enum]] and [[mod_locations_evseposition_enum]] are enums, not OpenEnums
        String body = """
                {"id":"P1","vehicle_types":["VAN"],"restricted_to_type":true,"reservation_required":false,\
                "direction":"DIAGONAL"}""";

        assertThat(json.read(body, Parking.class).violations())
                .extracting(v -> v.path())
                .containsExactly("direction");
    }
}
