package io.github.ocpi4j.model.v221.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Price and Role ({@code [[types_price_class]]}, {@code [[types_role_enum]]}). */
class PriceAndRoleTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void priceIsReadWithExactDecimals() {
        ReadResult<Price> result = json.read("{\"excl_vat\": 2.5000, \"incl_vat\": 3.025}", Price.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().exclVat()).isEqualByComparingTo("2.5");
        assertThat(result.get().inclVat()).isEqualTo(new BigDecimal("3.025"));
    }

    @Test
    void priceWithoutVatIncludedIsValidAndWrittenWithoutIt() {
        Price price = Price.of(new BigDecimal("0.00"), null);

        assertThat(json.validate(price)).isEmpty();
        assertThat(json.writeString(price)).isEqualTo("{\"excl_vat\":0.00}");
    }

    @Test
    void priceWithoutExclVatIsRejected() {
        assertThat(json.read("{\"incl_vat\": 1.21}", Price.class).violations())
                .containsExactly(new Violation("excl_vat", "required"));
    }

    @Test
    void roleIsReadByItsName() {
        assertThat(json.read("\"SCSP\"", Role.class).get()).isEqualTo(Role.SCSP);
        assertThat(Role.values())
                .containsExactly(Role.CPO, Role.EMSP, Role.HUB, Role.NAP, Role.NSP, Role.OTHER, Role.SCSP);
    }

    @Test
    void unknownRoleIsRejected() {
        ReadResult<Role> result = json.read("\"BANK\"", Role.class);

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations())
                .containsExactly(new Violation(
                        "$", "enum Role: unknown value \"BANK\" (allowed: CPO, EMSP, HUB, NAP, NSP, OTHER, SCSP)"));
    }
}
