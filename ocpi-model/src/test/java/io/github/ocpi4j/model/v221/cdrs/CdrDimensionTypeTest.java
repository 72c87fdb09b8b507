package io.github.ocpi4j.model.v221.cdrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link CdrDimensionType}: the values and the "Session Only" column of the specification's table ({@code
 * [[mod_cdrs_cdrdimensiontype_enum]]}).
 */
class CdrDimensionTypeTest {

    @Test
    void valuesAreThoseOfTheSpecification() {
        assertThat(Arrays.stream(CdrDimensionType.values()).map(Enum::name))
                .containsExactly(
                        "CURRENT",
                        "ENERGY",
                        "ENERGY_EXPORT",
                        "ENERGY_IMPORT",
                        "MAX_CURRENT",
                        "MIN_CURRENT",
                        "MAX_POWER",
                        "MIN_POWER",
                        "PARKING_TIME",
                        "POWER",
                        "RESERVATION_TIME",
                        "STATE_OF_CHARGE",
                        "TIME");
    }

    @Test
    void sessionOnlyTypesAreThoseMarkedInTheSpecification() {
        assertThat(Arrays.stream(CdrDimensionType.values()).filter(CdrDimensionType::isSessionOnly))
                .containsExactly(
                        CdrDimensionType.CURRENT,
                        CdrDimensionType.ENERGY_EXPORT,
                        CdrDimensionType.ENERGY_IMPORT,
                        CdrDimensionType.POWER,
                        CdrDimensionType.STATE_OF_CHARGE);
    }
}
