package io.github.ocpi4j.model.v221.sessions;

import static io.github.ocpi4j.model.v221.sessions.SessionFixtures.period;
import static io.github.ocpi4j.model.v221.sessions.SessionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SessionPatch}: reading, validation and {@code applyTo} per {@code [[mod_sessions_patch_method]]}. */
class SessionPatchTest {
    private static final Instant NOW = Instant.parse("2015-06-29T23:55:00Z");

    private final OcpiJson json = OcpiJson.instance();

    @Test
    void patchWithOnlyLastUpdatedKeepsEveryFieldAndSetsLastUpdated() {
        Session current = session().build();

        Session updated = SessionPatch.builder().lastUpdated(NOW).build().applyTo(current);

        assertThat(updated).isEqualTo(current.toBuilder().lastUpdated(NOW).build());
    }

    @Test
    void patchReplacesTheFieldsItSets() {
        Session current = session().status(SessionStatus.ACTIVE).build();
        Price cost = Price.of(new BigDecimal("9.00"), new BigDecimal("9.90"));

        Session updated = SessionPatch.builder()
                .kwh(new BigDecimal("42.5"))
                .status(SessionStatus.COMPLETED)
                .totalCost(cost)
                .lastUpdated(NOW)
                .build()
                .applyTo(current);

        assertThat(updated)
                .isEqualTo(current.toBuilder()
                        .kwh(new BigDecimal("42.5"))
                        .status(SessionStatus.COMPLETED)
                        .totalCost(cost)
                        .lastUpdated(NOW)
                        .build());
    }

    @Test
    void patchClearsOptionalFieldsSetToNull() {
        Session current =
                session().meterId("M-1").authorizationReference("AUTH-1").build();

        Session updated = SessionPatch.builder()
                .endDateTime(null)
                .totalCost(null)
                .meterId(null)
                .authorizationReference((String) null)
                .lastUpdated(NOW)
                .build()
                .applyTo(current);

        assertThat(updated)
                .isEqualTo(current.toBuilder()
                        .endDateTime(null)
                        .totalCost(null)
                        .meterId(null)
                        .authorizationReference((String) null)
                        .lastUpdated(NOW)
                        .build());
        assertThat(current.endDateTime()).isNotNull();
        assertThat(current.totalCost()).isNotNull();
    }

    @Test
    void chargingPeriodsOfAPatchAreAddedToTheExistingOnes() {
        Session current = session().build();
        ChargingPeriod added = period("2015-06-29T23:07:09Z", CdrDimensionType.PARKING_TIME, "0.718");

        Session updated = SessionPatch.builder()
                .chargingPeriods(List.of(added))
                .lastUpdated(NOW)
                .build()
                .applyTo(current);

        List<ChargingPeriod> expected = new ArrayList<>(current.chargingPeriods());
        expected.add(added);
        assertThat(updated.chargingPeriods())
                .containsExactlyElementsOf(expected)
                .hasSize(3);
    }

    @Test
    void emptyChargingPeriodsInAPatchChangeNothing() {
        Session current = session().build();

        Session updated = SessionPatch.builder()
                .chargingPeriods(List.of())
                .lastUpdated(NOW)
                .build()
                .applyTo(current);

        assertThat(updated.chargingPeriods()).isEqualTo(current.chargingPeriods());
    }

    @Test
    void nullChargingPeriodsInAPatchChangeNothing() {
        Session current = session().build();

        SessionPatch patch = json.read(
                        "{\"charging_periods\": null, \"last_updated\": \"2015-06-29T23:55:00Z\"}", SessionPatch.class)
                .get();

        assertThat(patch.chargingPeriods().isNull()).isTrue();
        assertThat(patch.applyTo(current).chargingPeriods()).isEqualTo(current.chargingPeriods());
    }

    @Test
    void specificationExampleAddsAPeriodAndUpdatesKwhAndTotalCost() {
        String body = """
                {
                  "kwh": 15.00,
                  "charging_periods": [{
                    "start_date_time": "2019-06-23T08:16:02Z",
                    "dimensions": [{"type": "ENERGY", "volume": 2200}]
                  }],
                  "total_cost": {"excl_vat": 0.80, "incl_vat": 0.88},
                  "last_updated": "2019-06-23T08:16:02Z"
                }
                """;
        Session current = session().status(SessionStatus.ACTIVE).build();

        Session updated = json.read(body, SessionPatch.class).get().applyTo(current);

        assertThat(updated.kwh()).isEqualByComparingTo("15");
        assertThat(updated.totalCost()).isEqualTo(Price.of(new BigDecimal("0.80"), new BigDecimal("0.88")));
        assertThat(updated.chargingPeriods()).hasSize(3);
        assertThat(updated.chargingPeriods().subList(0, 2)).isEqualTo(current.chargingPeriods());
        assertThat(updated.chargingPeriods().get(2))
                .isEqualTo(period("2019-06-23T08:16:02Z", CdrDimensionType.ENERGY, "2200"));
        assertThat(updated.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(updated.lastUpdated()).isEqualTo(Instant.parse("2019-06-23T08:16:02Z"));
    }

    @Test
    void patchWithoutLastUpdatedIsRejected() {
        String body = "{\"total_cost\": {\"excl_vat\": 0.60, \"incl_vat\": 0.66}}";

        assertThat(json.read(body, SessionPatch.class).violations())
                .containsExactly(new Violation("last_updated", "required"));
        assertThat(json.validate(SessionPatch.builder().kwh(BigDecimal.ONE).build()))
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void patchCannotSetRequiredFieldsToNull() {
        SessionPatch patch =
                SessionPatch.builder().kwh(null).status(null).lastUpdated(NOW).build();

        assertThat(json.validate(patch))
                .containsExactly(
                        new Violation("kwh", "required: a PATCH cannot set it to null"),
                        new Violation("status", "required: a PATCH cannot set it to null"));
    }

    @Test
    void patchCanClearOptionalFields() {
        SessionPatch patch = SessionPatch.builder()
                .endDateTime(null)
                .authorizationReference((CiString) null)
                .meterId(null)
                .totalCost(null)
                .lastUpdated(NOW)
                .build();

        assertThat(json.validate(patch)).isEmpty();
    }

    @Test
    void patchFieldsHaveTheConstraintsOfTheSession() {
        SessionPatch patch = SessionPatch.builder()
                .countryCode("XX")
                .partyId("TOOLONG")
                .id("x".repeat(37))
                .currency("EURO")
                .chargingPeriods(List.of(period("2015-06-29T23:07:09Z", CdrDimensionType.STATE_OF_CHARGE, "120")))
                .lastUpdated(NOW)
                .build();

        assertThat(json.validate(patch))
                .containsExactly(
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"XX\" is not a country code"),
                        new Violation("party_id", "CiString(3): 7 characters, at most 3 allowed"),
                        new Violation("party_id", "ISO 15118 party id: \"TOOLONG\" is not 3 letters or digits"),
                        new Violation("id", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("currency", "string(3): 4 characters, at most 3 allowed"),
                        new Violation("currency", "ISO 4217: \"EURO\" is not a currency code"),
                        new Violation(
                                "charging_periods[0].dimensions[0].volume",
                                "STATE_OF_CHARGE: must be 0 to 100, was 120"));
    }

    @Test
    void patchWrittenAsJsonLeavesOutAbsentFieldsAndWritesNulls() {
        SessionPatch patch = SessionPatch.builder()
                .endDateTime(null)
                .kwh(new BigDecimal("15.00"))
                .lastUpdated(NOW)
                .build();

        assertThat(json.writeString(patch))
                .isEqualTo("{\"end_date_time\":null,\"kwh\":15.00,\"last_updated\":\"2015-06-29T23:55:00Z\"}");
    }
}
