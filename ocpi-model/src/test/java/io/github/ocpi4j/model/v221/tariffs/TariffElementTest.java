package io.github.ocpi4j.model.v221.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link TariffElement}: at least one Price Component, and a reservation element has only {@code FLAT} and {@code
 * TIME} ones ({@code [[mod_tariffs_tariffrestrictions_class]]}).
 */
class TariffElementTest {
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final String RESERVATION_RULE = "only FLAT and TIME allowed when restrictions.reservation is set";

    private static PriceComponent component(TariffDimensionType type) {
        return PriceComponent.builder()
                .type(type)
                .price(new BigDecimal("2.00"))
                .vat(new BigDecimal("20.0"))
                .stepSize(60)
                .build();
    }

    private static TariffRestrictions reservation(ReservationRestrictionType type) {
        return TariffRestrictions.builder().reservation(type).build();
    }

    @Test
    void elementWithoutPriceComponentsIsRejected() {
        TariffElement element =
                TariffElement.builder().priceComponents(List.of()).build();

        assertThat(JSON.validate(element))
                .containsExactly(new Violation("price_components", "cardinality +: at least one element required"));
    }

    @ParameterizedTest
    @EnumSource(ReservationRestrictionType.class)
    void reservationElementWithFlatAndTimeComponentsIsAccepted(ReservationRestrictionType type) {
        TariffElement element = TariffElement.builder()
                .priceComponents(List.of(component(TariffDimensionType.FLAT), component(TariffDimensionType.TIME)))
                .restrictions(reservation(type))
                .build();

        assertThat(JSON.validate(element)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = TariffDimensionType.class,
            names = {"ENERGY", "PARKING_TIME"})
    void reservationElementWithOtherDimensionIsRejected(TariffDimensionType type) {
        TariffElement element = TariffElement.builder()
                .priceComponents(List.of(component(TariffDimensionType.FLAT), component(type)))
                .restrictions(reservation(ReservationRestrictionType.RESERVATION))
                .build();

        assertThat(JSON.validate(element)).containsExactly(new Violation("price_components[1].type", RESERVATION_RULE));
    }

    @Test
    void everyComponentOfAnotherDimensionInAReservationElementIsReported() {
        TariffElement element = TariffElement.builder()
                .priceComponents(List.of(
                        component(TariffDimensionType.ENERGY),
                        component(TariffDimensionType.TIME),
                        component(TariffDimensionType.PARKING_TIME)))
                .restrictions(reservation(ReservationRestrictionType.RESERVATION_EXPIRES))
                .build();

        assertThat(JSON.validate(element))
                .containsExactly(
                        new Violation("price_components[0].type", RESERVATION_RULE),
                        new Violation("price_components[2].type", RESERVATION_RULE));
    }

    @Test
    void elementWithoutReservationMayPriceEveryDimension() {
        TariffElement element = TariffElement.builder()
                .priceComponents(List.of(
                        component(TariffDimensionType.ENERGY),
                        component(TariffDimensionType.FLAT),
                        component(TariffDimensionType.PARKING_TIME),
                        component(TariffDimensionType.TIME)))
                .restrictions(TariffRestrictions.builder().startTime("09:00").build())
                .build();

        assertThat(JSON.validate(element)).isEmpty();
    }

    @Test
    void reservationRuleIsReportedWithItsPathInATariff() {
        String json = """
                {
                  "country_code": "DE", "party_id": "ALL", "id": "20", "currency": "EUR",
                  "elements": [
                    {"price_components": [{"type": "FLAT", "price": 0.50, "step_size": 1},
                                          {"type": "ENERGY", "price": 0.25, "step_size": 1}]},
                    {"price_components": [{"type": "ENERGY", "price": 0.25, "step_size": 1}],
                     "restrictions": {"reservation": "RESERVATION"}}
                  ],
                  "last_updated": "2019-02-03T17:00:11Z"
                }
                """;

        assertThat(JSON.read(json, Tariff.class).violations())
                .containsExactly(new Violation("elements[1].price_components[0].type", RESERVATION_RULE));
    }

    @Test
    void priceComponentWithoutTypePriceOrStepSizeIsRejected() {
        TariffElement element = TariffElement.builder()
                .priceComponents(List.of(PriceComponent.builder().build()))
                .restrictions(reservation(ReservationRestrictionType.RESERVATION))
                .build();

        assertThat(JSON.validate(element))
                .containsExactly(
                        new Violation("price_components[0].type", "required"),
                        new Violation("price_components[0].price", "required"),
                        new Violation("price_components[0].step_size", "required"));
    }
}
