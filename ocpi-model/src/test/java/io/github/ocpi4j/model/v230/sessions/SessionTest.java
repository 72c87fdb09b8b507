package io.github.ocpi4j.model.v230.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.cdrs.CdrDimension;
import io.github.ocpi4j.model.v230.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v230.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Session} and {@link SessionPatch} of OCPI 2.3.0 ({@code [[mod_sessions_session_object]]}). */
class SessionTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    private static String text(String name) {
        return new String(SpecFiles.example("2.3.0", name), StandardCharsets.UTF_8);
    }

    private static <T> T example(String name, Class<T> type) {
        return JSON.read(text(name), type).get();
    }

    private static Session finished() {
        return example("session_example_2_short_finished.json", Session.class);
    }

    /** {@code [[mod_sessions_patch_method]]}: the charging periods of a PATCH are added to those of the Session. */
    @Test
    void patchExampleAddsItsChargingPeriodAndReplacesKwhAndTotalCost() {
        Session active = finished().toBuilder().status(SessionStatus.ACTIVE).build();
        SessionPatch patch = example("session_patch_example_charging_period.json", SessionPatch.class);

        Session patched = patch.applyTo(active);

        assertThat(patched.chargingPeriods())
                .hasSize(4)
                .startsWith(active.chargingPeriods().toArray(ChargingPeriod[]::new))
                .endsWith(ChargingPeriod.builder()
                        .startDateTime(Instant.parse("2019-06-23T08:16:02Z"))
                        .dimensions(List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("2200"))))
                        .build());
        assertThat(patched.kwh()).isEqualByComparingTo("15");
        assertThat(patched.totalCost())
                .isEqualTo(
                        Price.of(new BigDecimal("0.80"), List.of(TaxAmount.of("VAT", null, new BigDecimal("0.08")))));
        assertThat(patched.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(patched.lastUpdated()).isEqualTo(Instant.parse("2019-06-23T08:16:02Z"));
    }

    /** {@code [[mod_cdrs_cdrdimensiontype_enum]]}: unlike a CDR, a Session may carry the "Session Only" types. */
    @Test
    void sessionMayCarrySessionOnlyDimensionTypes() {
        List<CdrDimension> dimensions = List.of(CdrDimensionType.values()).stream()
                .filter(CdrDimensionType::isSessionOnly)
                .map(type -> new CdrDimension(type, new BigDecimal("42")))
                .toList();
        Session session = finished().toBuilder()
                .chargingPeriods(List.of(finished().chargingPeriods().get(0).toBuilder()
                        .dimensions(dimensions)
                        .build()))
                .build();

        assertThat(dimensions).hasSize(5);
        assertThat(JSON.validate(session)).isEmpty();
    }

    /** {@code [[types_price_class]]}: a 2.2.1 Price ({@code excl_vat}, {@code incl_vat}) lacks {@code before_taxes}. */
    @Test
    void totalCostWrittenAsA221PriceLacksBeforeTaxes() {
        String json = text("session_patch_example_total_cost.json")
                .replaceFirst(
                        "\"total_cost\": \\{[^}]*}[^}]*}", "\"total_cost\": {\"excl_vat\": 0.60, \"incl_vat\": 0.66}");

        assertThat(JSON.read(json, SessionPatch.class).violations())
                .containsExactly(new Violation("total_cost.before_taxes", "required"));
    }

    /** Unknown fields, at the top and deeper, are accepted and left out when written. */
    @Test
    void sessionWithUnknownFieldsIsReadWithoutViolation() {
        String json = text("session_example_2_short_finished.json")
                .replace("\"kwh\": 41.12,", "\"kwh\": 41.12, \"x_vehicle\": {\"vin\": \"WVW\"},")
                .replace("\"type\": \"MAX_CURRENT\",", "\"type\": \"MAX_CURRENT\", \"x_phase\": 3,");

        ReadResult<Session> read = JSON.read(json, Session.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get()).isEqualTo(finished());
    }

    /** {@code [[mod_sessions_charging_preferences_object]]}, read with a field of a later version. */
    @Test
    void chargingPreferencesWithUnknownFieldsAreReadWithoutViolation() {
        ReadResult<ChargingPreferences> read = JSON.read(
                "{\"profile_type\": \"GREEN\", \"energy_need\": 30, \"x_max_price\": 12.5}", ChargingPreferences.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get())
                .isEqualTo(ChargingPreferences.builder()
                        .profileType(ProfileType.GREEN)
                        .energyNeed(new BigDecimal("30"))
                        .build());
    }
}
