package io.github.ocpi4j.model.v221.cdrs;

import static io.github.ocpi4j.model.v221.cdrs.CdrFixtures.location;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import org.junit.jupiter.api.Test;

/**
 * {@link CdrLocation}: the formats of country, coordinates and EVSE ID, and {@code #NA} for reservations ({@code
 * [[mod_cdrs_cdr_location_class]]}).
 */
class CdrLocationTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void locationAfterTheSpecificationExampleIsValid() {
        assertThat(json.validate(location().build())).isEmpty();
    }

    @Test
    void countryMustBeIsoAlpha3() {
        assertThat(json.validate(location().country("BE").build()))
                .containsExactly(new Violation("country", "ISO 3166-1 alpha-3: \"BE\" is not a country code"));
    }

    @Test
    void evseIdMustFollowEmi3() {
        assertThat(json.validate(location().evseId("BEBEC041503003").build()))
                .containsExactly(new Violation(
                        "evse_id",
                        "eMI3 EVSE ID: \"BEBEC041503003\" does not match <country>[*]<operator>[*]E<outlet>"));
    }

    @Test
    void reservationWithoutChargingSessionMayUseNotAvailableForEvseAndConnector() {
        CdrLocation reservation =
                location().evseUid("#NA").evseId("#NA").connectorId("#NA").build();

        assertThat(json.validate(reservation)).isEmpty();
    }

    @Test
    void coordinatesUseTheGeoLocationFormat() {
        CdrLocation location = location()
                .coordinates(GeoLocation.builder()
                        .latitude("3.72")
                        .longitude("51.047599")
                        .build())
                .build();

        assertThat(json.validate(location))
                .containsExactly(new Violation(
                        "coordinates.latitude", "format: \"3.72\" does not match -?[0-9]{1,2}\\.[0-9]{5,7}"));
    }

    @Test
    void locationInCdrIsValidatedAtItsPath() {
        CDR cdr = CdrFixtures.cdr()
                .cdrLocation(location().evseId("E041503003").build())
                .build();

        assertThat(json.validate(cdr))
                .containsExactly(new Violation(
                        "cdr_location.evse_id",
                        "eMI3 EVSE ID: \"E041503003\" does not match <country>[*]<operator>[*]E<outlet>"));
    }

    @Test
    void addressAndCityAreRequiredAndAtMost45Characters() {
        CdrLocation location = location().address(null).city("x".repeat(46)).build();

        assertThat(json.validate(location))
                .containsExactly(
                        new Violation("address", "required"),
                        new Violation("city", "string(45): 46 characters, at most 45 allowed"));
    }
}
