package io.github.ocpi4j.model.v230.pricing;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.pricing.Periods;
import io.github.ocpi4j.model.v230.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import java.util.List;

/**
 * Prices sessions built with {@link Periods} under 2.3.0 tariffs: charging periods have the same JSON in both
 * versions, so the 2.2.1 periods are read again as 2.3.0 ones.
 */
final class Sessions {
    private Sessions() {}

    /** The 2.3.0 spec's tariff example of this file name. */
    static Tariff specTariff(String name) {
        return OcpiJson.instance()
                .read(SpecFiles.example("2.3.0", name), Tariff.class)
                .value()
                .orElseThrow();
    }

    /** A tariff in EUR of these top-level fields (JSON text ending with a comma) and elements (JSON text of each). */
    static Tariff tariff(String fields, String... elements) {
        return OcpiJson.instance()
                .read(
                        "{\"country_code\":\"NL\",\"party_id\":\"TNM\",\"id\":\"T1\",\"currency\":\"EUR\"," + fields
                                + "\"elements\":[" + String.join(",", elements)
                                + "],\"last_updated\":\"2024-01-01T00:00:00Z\"}",
                        Tariff.class)
                .value()
                .orElseThrow();
    }

    /** The session's periods as 2.3.0 ones. */
    static List<ChargingPeriod> periods(Periods session) {
        return session.periods().stream()
                .map(p -> OcpiJson.instance()
                        .read(OcpiJson.instance().write(p), ChargingPeriod.class)
                        .get())
                .toList();
    }

    /** Prices the session under a 2.3.0 tariff. */
    static PricingResult price(Periods session, Tariff tariff) {
        return Pricing.price(tariff, periods(session), session.start(), session.end(), Periods.ZONE);
    }
}
