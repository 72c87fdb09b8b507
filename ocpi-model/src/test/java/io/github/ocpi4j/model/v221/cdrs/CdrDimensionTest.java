package io.github.ocpi4j.model.v221.cdrs;

import static io.github.ocpi4j.model.v221.cdrs.CdrFixtures.dimension;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CdrDimension}: required fields and the 0 to 100 range of {@code STATE_OF_CHARGE} ({@code
 * [[mod_cdrs_cdrdimension_class]]}, {@code [[mod_cdrs_cdrdimensiontype_enum]]}).
 */
class CdrDimensionTest {
    private final OcpiJson json = OcpiJson.instance();

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "57.5", "100", "100.00"})
    void stateOfChargeFrom0To100IsAccepted(String volume) {
        assertThat(json.validate(dimension(CdrDimensionType.STATE_OF_CHARGE, volume)))
                .isEmpty();
    }

    @Test
    void stateOfChargeAbove100IsRejected() {
        assertThat(json.validate(dimension(CdrDimensionType.STATE_OF_CHARGE, "100.01")))
                .containsExactly(new Violation("volume", "STATE_OF_CHARGE: must be 0 to 100, was 100.01"));
    }

    @Test
    void negativeStateOfChargeIsRejected() {
        assertThat(json.validate(dimension(CdrDimensionType.STATE_OF_CHARGE, "-1")))
                .containsExactly(new Violation("volume", "STATE_OF_CHARGE: must be 0 to 100, was -1"));
    }

    @Test
    void stateOfChargeReadFromJsonIsCheckedAtItsPath() {
        String period = """
                {"start_date_time": "2015-06-29T21:39:09Z",
                 "dimensions": [{"type": "ENERGY", "volume": 2.5}, {"type": "STATE_OF_CHARGE", "volume": 1E+3}]}
                """;

        assertThat(json.read(period, ChargingPeriod.class).violations())
                .containsExactly(new Violation("dimensions[1].volume", "STATE_OF_CHARGE: must be 0 to 100, was 1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENERGY", "CURRENT", "POWER", "MAX_POWER", "TIME"})
    void otherTypesAreNotLimitedTo100(String type) {
        assertThat(json.validate(dimension(CdrDimensionType.valueOf(type), "250")))
                .isEmpty();
        assertThat(json.validate(dimension(CdrDimensionType.valueOf(type), "-3")))
                .isEmpty();
    }

    @Test
    void dimensionWithoutTypeAndVolumeIsRejected() {
        assertThat(json.validate(CdrDimension.builder().build()))
                .containsExactly(new Violation("type", "required"), new Violation("volume", "required"));
    }
}
