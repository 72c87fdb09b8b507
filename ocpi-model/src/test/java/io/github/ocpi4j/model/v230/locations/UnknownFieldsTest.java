package io.github.ocpi4j.model.v230.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import org.junit.jupiter.api.Test;

/** OCPI 2.3.0 lets parties add fields: a Location with fields this SDK does not know is read without violation. */
class UnknownFieldsTest {

    @Test
    void locationWithUnknownFieldsAtEveryLevelIsReadWithoutViolation() {
        String body = """
                {"country_code": "BE", "party_id": "BEC", "id": "LOC1", "publish": true,
                 "address": "F.Rooseveltlaan 3A", "city": "Gent", "country": "BEL",
                 "coordinates": {"latitude": "51.047599", "longitude": "3.729944", "x_altitude": 12},
                 "evses": [{"uid": "3256", "status": "AVAILABLE", "x_payment": {"qr": true},
                   "connectors": [{"id": "1", "standard": "IEC_62196_T2", "format": "CABLE",
                     "power_type": "AC_3_PHASE", "max_voltage": 220, "max_amperage": 16,
                     "x_cable_length": 5, "last_updated": "2015-03-16T10:10:02Z"}],
                   "parking": [{"parking_id": "1", "x_side": "north"}],
                   "last_updated": "2015-06-28T08:12:01Z"}],
                 "parking_places": [{"id": "1", "vehicle_types": ["VAN"], "restricted_to_type": false,
                   "reservation_required": false, "x_surface": "gravel"}],
                 "time_zone": "Europe/Brussels", "x_rating": [5, 4],
                 "last_updated": "2015-06-29T20:39:09Z"}""";

        ReadResult<Location> read = OcpiJson.instance().read(body, Location.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().evses().get(0).parking().get(0).parkingId().value())
                .isEqualTo("1");
        assertThat(read.get().parkingPlaces().get(0).vehicleTypes()).containsExactly(VehicleType.VAN);
    }
}
