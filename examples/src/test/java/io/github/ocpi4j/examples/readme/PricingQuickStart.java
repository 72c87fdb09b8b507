package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.time.ZoneId;
import java.util.List;

/** The README's "Pricing: what a session costs under a tariff", run by {@link ReadmeSnippetsTest}. */
final class PricingQuickStart {
    private PricingQuickStart() {}

    static void price(Tariff tariff, CDR cdr, Tariff day, Tariff night, ZoneId zone, List<MeterReading> readings) {
        // spotless:off
        // README:begin Pricing: what a session costs under a tariff
        PricingResult cost = Pricing.price(tariff, cdr, ZoneId.of("Europe/Amsterdam"));
        System.out.println(cost.totalCost());   // Price[exclVat=12.975, inclVat=15.6998]
        cost.explanation();                     // every amount: period, dimension, element, quantity, price, VAT, why
        CDR billed = cost.applyTo(cdr);         // total_cost and the per-dimension totals set

        // a CDR whose charging periods name different tariffs (tariff_id): each period under its own
        PricingResult switched = Pricing.price(List.of(day, night), cdr, zone);

        // for a CPO: meter readings into the charging periods of a Session or CDR
        List<ChargingPeriod> periods = Pricing.chargingPeriods(tariff, readings, zone);
        // README:end
        // spotless:on
    }
}
