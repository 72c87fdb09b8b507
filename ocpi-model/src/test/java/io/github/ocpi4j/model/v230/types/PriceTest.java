package io.github.ocpi4j.model.v230.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Price} and {@link TaxAmount} of OCPI 2.3.0 ({@code [[types_price_class]]}, {@code [[types_tax_amount_class]]}). */
class PriceTest {

    @Test
    void aPriceWithTaxesIsReadWithEachTaxAndWrittenBackAsItWas() {
        String json = "{\"before_taxes\":2.50,\"taxes\":[{\"name\":\"VAT\",\"percentage\":21,\"amount\":0.525}]}";

        ReadResult<Price> read = OcpiJson.instance().read(json.getBytes(StandardCharsets.UTF_8), Price.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().taxes())
                .containsExactly(TaxAmount.of("VAT", new BigDecimal("21"), new BigDecimal("0.525")));
        assertThat(new String(OcpiJson.instance().write(read.get()), StandardCharsets.UTF_8))
                .isEqualTo(json);
    }

    @Test
    void afterTaxesAddsEveryTaxToTheAmountBeforeTaxes() {
        Price price = Price.of(
                new BigDecimal("10.00"),
                List.of(
                        TaxAmount.of("GST", new BigDecimal("5"), new BigDecimal("0.50")),
                        TaxAmount.of("QST", new BigDecimal("9.975"), new BigDecimal("0.9975"))));

        assertThat(price.afterTaxes()).isEqualByComparingTo("11.4975");
    }

    @Test
    void aPriceWithoutTaxesStatesNoneAndItsAmountBeforeTaxesIsRequired() {
        ReadResult<Price> read = OcpiJson.instance().read("{}".getBytes(StandardCharsets.UTF_8), Price.class);

        assertThat(read.violations())
                .extracting(v -> v.path() + ": " + v.rule())
                .containsExactly("before_taxes: required");
        assertThat(Price.of(BigDecimal.ONE).taxes()).isEmpty();
    }

    @Test
    void aTaxNeedsItsNameAndAmount() {
        ReadResult<TaxAmount> read =
                OcpiJson.instance().read("{\"percentage\":21}".getBytes(StandardCharsets.UTF_8), TaxAmount.class);

        assertThat(read.violations())
                .extracting(v -> v.path() + ": " + v.rule())
                .containsExactlyInAnyOrder("name: required", "amount: required");
    }
}
