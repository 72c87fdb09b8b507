package io.github.ocpi4j.model.v221.sessions;

import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Valid Sessions, after {@code session_example_2_short_finished.json}, for tests to change one field of. */
final class SessionFixtures {
    static final Instant START = Instant.parse("2015-06-29T22:39:09Z");

    private SessionFixtures() {}

    static ChargingPeriod period(String start, CdrDimensionType type, String volume) {
        return ChargingPeriod.builder()
                .startDateTime(Instant.parse(start))
                .dimensions(List.of(new CdrDimension(type, new BigDecimal(volume))))
                .build();
    }

    static Session.Builder session() {
        return Session.builder()
                .countryCode("BE")
                .partyId("BEC")
                .id("101")
                .startDateTime(START)
                .endDateTime(Instant.parse("2015-06-29T23:50:16Z"))
                .kwh(new BigDecimal("41.12"))
                .cdrToken(CdrToken.builder()
                        .countryCode("NL")
                        .partyId("TST")
                        .uid("123abc")
                        .type(TokenType.RFID)
                        .contractId("NL-TST-C12345678-S")
                        .build())
                .authMethod(AuthMethod.WHITELIST)
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .currency("EUR")
                .chargingPeriods(List.of(
                        period("2015-06-29T22:39:09Z", CdrDimensionType.ENERGY, "120"),
                        period("2015-06-29T22:40:54Z", CdrDimensionType.ENERGY, "41000")))
                .totalCost(Price.of(new BigDecimal("8.50"), new BigDecimal("9.35")))
                .status(SessionStatus.COMPLETED)
                .lastUpdated(Instant.parse("2015-06-29T23:50:17Z"));
    }
}
