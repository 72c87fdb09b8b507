package io.github.ocpi4j.model.v221.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link Tariff} ({@code [[mod_tariffs_tariff_object]]}). */
class TariffTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    private static Tariff tariff() {
        return Tariff.builder()
                .countryCode("DE")
                .partyId("ALL")
                .id("12")
                .currency("EUR")
                .elements(List.of(TariffElement.builder()
                        .priceComponents(List.of(PriceComponent.builder()
                                .type(TariffDimensionType.TIME)
                                .price(new BigDecimal("2.00"))
                                .vat(new BigDecimal("10.0"))
                                .stepSize(300)
                                .build()))
                        .build()))
                .lastUpdated(Instant.parse("2019-06-19T02:11:11Z"))
                .build();
    }

    private static Price price(String exclVat, @Nullable String inclVat) {
        return Price.of(new BigDecimal(exclVat), inclVat == null ? null : new BigDecimal(inclVat));
    }

    @Test
    void builtTariffIsValid() {
        assertThat(JSON.validate(tariff())).isEmpty();
    }

    @Test
    void tariffWithoutElementsIsRejected() {
        Tariff tariff = tariff().toBuilder().elements(List.of()).build();

        assertThat(JSON.validate(tariff))
                .containsExactly(new Violation("elements", "cardinality +: at least one element required"));
    }

    @Test
    void tariffWithoutRequiredFieldsIsRejected() {
        String json = """
                {"elements": [{"price_components": [{"type": "FLAT", "price": 0.00, "step_size": 0}]}]}
                """;

        assertThat(JSON.read(json, Tariff.class).violations())
                .containsExactly(
                        new Violation("country_code", "required"),
                        new Violation("party_id", "required"),
                        new Violation("id", "required"),
                        new Violation("currency", "required"),
                        new Violation("last_updated", "required"));
    }

    @Test
    void minPriceAboveMaxPriceExcludingVatIsRejected() {
        Tariff tariff = tariff().toBuilder()
                .minPrice(price("10.01", null))
                .maxPrice(price("10.00", null))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(new Violation("min_price.excl_vat", "must not be more than max_price.excl_vat"));
    }

    @Test
    void minPriceAboveMaxPriceIncludingVatIsRejected() {
        Tariff tariff = tariff().toBuilder()
                .minPrice(price("5.00", "6.60"))
                .maxPrice(price("6.00", "6.50"))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(new Violation("min_price.incl_vat", "must not be more than max_price.incl_vat"));
    }

    @Test
    void minPriceEqualToMaxPriceIsAccepted() {
        Tariff tariff = tariff().toBuilder()
                .minPrice(price("5.00", "5.50"))
                .maxPrice(price("5.0", "5.5"))
                .build();

        assertThat(JSON.validate(tariff)).isEmpty();
    }

    @Test
    void minPriceBelowMaxPriceIsAccepted() {
        Tariff tariff = tariff().toBuilder()
                .minPrice(price("0.50", "0.55"))
                .maxPrice(price("10.00", "11.00"))
                .build();

        assertThat(JSON.validate(tariff)).isEmpty();
    }

    @Test
    void inclVatIsComparedOnlyWhenBothPricesGiveIt() {
        Tariff tariff = tariff().toBuilder()
                .minPrice(price("0.50", "99.00"))
                .maxPrice(price("10.00", null))
                .build();

        assertThat(JSON.validate(tariff)).isEmpty();
    }

    @Test
    void minPriceOrMaxPriceAloneIsAccepted() {
        assertThat(JSON.validate(
                        tariff().toBuilder().minPrice(price("99.00", "99.00")).build()))
                .isEmpty();
        assertThat(JSON.validate(
                        tariff().toBuilder().maxPrice(price("0.00", "0.00")).build()))
                .isEmpty();
    }

    @Test
    void formatsOfTheTariffFieldsAreChecked() {
        Tariff tariff = tariff().toBuilder()
                .countryCode("XX")
                .partyId("A-L")
                .currency("EU")
                .tariffAltUrl("tariffs/12")
                .tariffAltText(List.of(DisplayText.of("xx", "2 euro per hour")))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactlyInAnyOrder(
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"XX\" is not a country code"),
                        new Violation("party_id", "ISO 15118 party id: \"A-L\" is not 3 letters or digits"),
                        new Violation("currency", "ISO 4217: \"EU\" is not a currency code"),
                        new Violation("tariff_alt_text[0].language", "ISO 639-1: \"xx\" is not a language code"),
                        new Violation("tariff_alt_url", "URL: \"tariffs/12\" is not an absolute URL"));
    }

    @Test
    void tariffIsReadAndWrittenWithItsWireNames() {
        String json = """
                {"country_code":"NL","party_id":"TNM","id":"12","currency":"EUR","type":"PROFILE_CHEAP",\
                "tariff_alt_text":[{"language":"en","text":"2 euro p/hour"}],\
                "tariff_alt_url":"https://company.com/tariffs/12",\
                "min_price":{"excl_vat":0.50,"incl_vat":0.55},"max_price":{"excl_vat":10.00},\
                "elements":[{"price_components":[{"type":"TIME","price":2.00,"vat":10.0,"step_size":300}],\
                "restrictions":{"start_time":"13:30","end_time":"19:45","day_of_week":["MONDAY"]}}],\
                "start_date_time":"2019-01-01T00:00:00Z","end_date_time":"2019-06-30T23:59:59Z",\
                "last_updated":"2018-12-17T17:15:01Z"}""";

        ReadResult<Tariff> result = JSON.read(json, Tariff.class);

        assertThat(result.violations()).isEmpty();
        Tariff tariff = result.get();
        assertThat(tariff.id().value()).isEqualTo("12");
        assertThat(tariff.type()).isEqualTo(TariffType.PROFILE_CHEAP);
        assertThat(tariff.maxPrice()).isEqualTo(price("10.00", null));
        assertThat(tariff.elements().get(0).restrictions().dayOfWeek()).containsExactly(DayOfWeek.MONDAY);
        assertThat(JSON.writeString(tariff)).isEqualTo(json);
    }
}
