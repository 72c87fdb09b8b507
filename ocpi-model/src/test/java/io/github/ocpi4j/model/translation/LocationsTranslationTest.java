package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.translation.Fixtures.assertValidAndWrittenAs;
import static io.github.ocpi4j.model.translation.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import org.junit.jupiter.api.Test;

/**
 * Locations, EVSEs, Connectors and their PATCHes: what 2.3.0 added ({@code parking_places} and {@code help_phone}
 * in {@code [[mod_locations_location_object]]}, {@code parking} and {@code accepted_service_providers} in {@code
 * [[mod_locations_evse_object]]}, {@code capabilities} in {@code [[mod_locations_connector_object]]}) is left out
 * towards 2.2.1 and reported; values new in 2.3.0 of open enumerations pass.
 */
class LocationsTranslationTest {

    /** A Connector as 2.2.1 has it, with {@code %s} for more fields. */
    private static final String CONNECTOR = """
            {'id': '1', 'standard': 'IEC_62196_T2', 'format': 'SOCKET', 'power_type': 'AC_3_PHASE',
             'max_voltage': 230, 'max_amperage': 32, %s 'last_updated': '2024-05-01T10:00:00Z'}""";

    /** An EVSE as 2.2.1 has it, with {@code %s} for its connector and for more fields. */
    private static final String EVSE = """
            {'uid': 'E1', 'evse_id': 'NL*CPO*E1', 'status': 'AVAILABLE', 'connectors': [%s],
             'parking_restrictions': ['EV_ONLY'], %s 'last_updated': '2024-05-01T10:00:00Z'}""";

    /** A Location as 2.2.1 has it, with {@code %s} for its EVSE and for more fields. */
    private static final String LOCATION = """
            {'country_code': 'NL', 'party_id': 'CPO', 'id': 'L1', 'publish': true, 'address': 'Street 1',
             'city': 'Amsterdam', 'country': 'NLD', 'coordinates': {'latitude': '52.370216', 'longitude': '4.895168'},
             'evses': [%s], %s 'time_zone': 'Europe/Amsterdam', 'last_updated': '2024-05-01T10:00:00Z'}""";

    private static final String CONNECTOR_230 = CONNECTOR.formatted("'capabilities': ['ISO_15118_2_PLUG_AND_CHARGE'],");
    private static final String EVSE_230 = EVSE.formatted(
            CONNECTOR_230,
            "'parking': [{'parking_id': 'P1', 'evse_position': 'LEFT'}], 'accepted_service_providers': ['Shell'],");
    private static final String LOCATION_230 = LOCATION.formatted(EVSE_230, """
            'parking_places': [{'id': 'P1', 'vehicle_types': ['PERSONAL_VEHICLE'], 'restricted_to_type': false,
             'reservation_required': false}], 'help_phone': '+31201234567',""");
    private static final String LOCATION_221 = LOCATION.formatted(EVSE.formatted(CONNECTOR.formatted(""), ""), "");

    @Test
    void whatIsNewIn230IsLeftOutWithItsValueAndPlace() {
        Translated<io.github.ocpi4j.model.v221.locations.Location> translated =
                V230ToV221.location(read(LOCATION_230, Location.class));

        assertValidAndWrittenAs(translated.value(), LOCATION_221);
        assertThat(translated.losses())
                .containsExactly(
                        new Loss(
                                "evses[0].connectors[0].capabilities",
                                "OCPI 2.2.1 has no such field; left out (was [\"ISO_15118_2_PLUG_AND_CHARGE\"])"),
                        new Loss(
                                "evses[0].parking",
                                "OCPI 2.2.1 has no such field; left out (was"
                                        + " [{\"parking_id\":\"P1\",\"evse_position\":\"LEFT\"}])"),
                        new Loss(
                                "evses[0].accepted_service_providers",
                                "OCPI 2.2.1 has no such field; left out (was [\"Shell\"])"),
                        new Loss(
                                "parking_places",
                                "OCPI 2.2.1 has no such field; left out (was [{\"id\":\"P1\",\"vehicle_types\":"
                                        + "[\"PERSONAL_VEHICLE\"],\"restricted_to_type\":false,\"res...)"),
                        new Loss("help_phone", "OCPI 2.2.1 has no such field; left out (was \"+31201234567\")"));
    }

    @Test
    void a221LocationGoesTo230AndBackUnchanged() {
        var source = read(LOCATION_221, io.github.ocpi4j.model.v221.locations.Location.class);

        Translated<Location> there = V221ToV230.location(source);
        var back = V230ToV221.location(there.value());

        assertValidAndWrittenAs(there.value(), LOCATION_221);
        assertThat(back.value()).isEqualTo(source);
        assertThat(there.losses()).isEmpty();
        assertThat(back.losses()).isEmpty();
    }

    @Test
    void anEvseOnItsOwnLosesItsParkingProvidersAndConnectorCapabilities() {
        var translated = V230ToV221.evse(read(EVSE_230, EVSE.class));

        assertValidAndWrittenAs(translated.value(), EVSE.formatted(CONNECTOR.formatted(""), ""));
        assertThat(translated.losses())
                .extracting(Loss::path)
                .containsExactly("connectors[0].capabilities", "parking", "accepted_service_providers");
    }

    @Test
    void aConnectorOnItsOwnLosesItsCapabilities() {
        var translated = V230ToV221.connector(read(CONNECTOR_230, Connector.class));

        assertValidAndWrittenAs(translated.value(), CONNECTOR.formatted(""));
        assertThat(translated.losses()).extracting(Loss::path).containsExactly("capabilities");
    }

    /** {@code [[transport_and_format_patch]]}: a PATCH that clears a field 2.2.1 lacks loses the clearing. */
    @Test
    void patchesLoseTheNewFieldsTheySetOrClear() {
        var location = V230ToV221.locationPatch(read(
                "{'help_phone': null, 'name': 'Garage', 'last_updated': '2024-05-01T10:00:00Z'}", LocationPatch.class));
        var evse = V230ToV221.evsePatch(
                read("{'accepted_service_providers': [], 'last_updated': '2024-05-01T10:00:00Z'}", EVSEPatch.class));
        var connector = V230ToV221.connectorPatch(read(
                "{'capabilities': ['ISO_15118_20_PLUG_AND_CHARGE'], 'last_updated': '2024-05-01T10:00:00Z'}",
                ConnectorPatch.class));

        assertValidAndWrittenAs(location.value(), "{'name': 'Garage', 'last_updated': '2024-05-01T10:00:00Z'}");
        assertThat(location.losses())
                .containsExactly(new Loss("help_phone", "OCPI 2.2.1 has no such field; left out (was null)"));
        assertValidAndWrittenAs(evse.value(), "{'last_updated': '2024-05-01T10:00:00Z'}");
        assertThat(evse.losses())
                .containsExactly(
                        new Loss("accepted_service_providers", "OCPI 2.2.1 has no such field; left out (was [])"));
        assertValidAndWrittenAs(connector.value(), "{'last_updated': '2024-05-01T10:00:00Z'}");
        assertThat(connector.losses()).extracting(Loss::path).containsExactly("capabilities");
    }

    /**
     * OCPI 2.3.0 made ConnectorType and ParkingRestriction open ({@code [[types_openenum_type]]}); ocpi4j reads them
     * open in 2.2.1 too, so the values 2.3.0 added are kept as they are.
     */
    @Test
    void valuesNewIn230OfOpenEnumerationsAreKept() {
        String connector = CONNECTOR.replace("IEC_62196_T2", "MCS").formatted("");
        String evse = EVSE.replace("EV_ONLY", "TAXIS").formatted(connector, "");

        var translated = V230ToV221.evse(read(evse, EVSE.class));

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), evse);
        assertThat(translated.value().connectors().get(0).standard().isKnown()).isFalse();
    }
}
