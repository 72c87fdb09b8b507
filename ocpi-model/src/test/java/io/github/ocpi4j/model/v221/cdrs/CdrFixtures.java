package io.github.ocpi4j.model.v221.cdrs;

import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Valid objects of the cdrs module, after {@code cdr_example.json}, for tests to change one field of. */
final class CdrFixtures {
    static final Instant START = Instant.parse("2015-06-29T21:39:09Z");
    static final Instant END = Instant.parse("2015-06-29T23:37:32Z");

    private CdrFixtures() {}

    static CdrToken token() {
        return CdrToken.builder()
                .countryCode("DE")
                .partyId("TNM")
                .uid("012345678")
                .type(TokenType.RFID)
                .contractId("DE8ACC12E46L89")
                .build();
    }

    static CdrLocation.Builder location() {
        return CdrLocation.builder()
                .id("LOC1")
                .name("Gent Zuid")
                .address("F.Rooseveltlaan 3A")
                .city("Gent")
                .postalCode("9000")
                .country("BEL")
                .coordinates(GeoLocation.builder()
                        .latitude("3.729944")
                        .longitude("51.047599")
                        .build())
                .evseUid("3256")
                .evseId("BE*BEC*E041503003")
                .connectorId("1")
                .connectorStandard(ConnectorType.IEC_62196_T2)
                .connectorFormat(ConnectorFormat.SOCKET)
                .connectorPowerType(PowerType.AC_1_PHASE);
    }

    static CdrDimension dimension(CdrDimensionType type, String volume) {
        return new CdrDimension(type, new BigDecimal(volume));
    }

    static ChargingPeriod period(CdrDimension... dimensions) {
        return ChargingPeriod.builder()
                .startDateTime(START)
                .dimensions(List.of(dimensions))
                .tariffId("12")
                .build();
    }

    static CDR.Builder cdr() {
        return CDR.builder()
                .countryCode("BE")
                .partyId("BEC")
                .id("12345")
                .startDateTime(START)
                .endDateTime(END)
                .cdrToken(token())
                .authMethod(AuthMethod.WHITELIST)
                .cdrLocation(location().build())
                .currency("EUR")
                .chargingPeriods(List.of(period(dimension(CdrDimensionType.TIME, "1.973"))))
                .totalCost(Price.of(new BigDecimal("4.00"), new BigDecimal("4.40")))
                .totalEnergy(new BigDecimal("15.342"))
                .totalTime(new BigDecimal("1.973"))
                .totalTimeCost(Price.of(new BigDecimal("4.00"), new BigDecimal("4.40")))
                .lastUpdated(Instant.parse("2015-06-29T22:01:13Z"));
    }
}
