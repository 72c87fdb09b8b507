package io.github.ocpi4j.model.v230.cdrs;

import static io.github.ocpi4j.model.v230.SpecExamples.assertDocumentReadValidAndWrittenBackUnchanged;
import static io.github.ocpi4j.model.v230.SpecExamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.SpecExamples;
import org.junit.jupiter.api.Test;

/** Every CDR example of OCPI 2.3.0: {@code cdr_example.json}, the only one. */
class CdrsExamplesTest {
    private static final String EXAMPLE = "cdr_example.json";

    /** Where the example's Tariff gives its {@code last_updated}. */
    private static final String TARIFF_LAST_UPDATED = "\"last_updated\": \"2024-05-02T14:15:01Z\"";

    @Test
    void cdrExampleIsTheOnlyCdrExample() {
        assertThat(SpecExamples.names(n -> n.startsWith("cdr"))).containsExactly(EXAMPLE);
    }

    /**
     * {@code [[mod_tariffs_tariff_object]]}: {@code tax_included} has cardinality 1, and the Tariff inside the CDR
     * example, written as in 2.2.1, leaves it out.
     */
    @Test
    void cdrExampleHoldsATariffWithoutTaxIncluded() {
        assertThat(violationsOf(EXAMPLE, CDR.class))
                .containsExactly(new Violation("tariffs[0].tax_included", "required"));
    }

    @Test
    void cdrExampleWithTaxIncludedGivenIsReadValidatedAndWrittenBackUnchanged() {
        assertDocumentReadValidAndWrittenBackUnchanged(mendedExample(), CDR.class);
    }

    /** Returns the example with {@code tax_included} {@code NO} given in its Tariff, which makes it valid. */
    static String mendedExample() {
        String json = SpecExamples.text(EXAMPLE);
        assertThat(json).containsOnlyOnce(TARIFF_LAST_UPDATED);
        return json.replace(TARIFF_LAST_UPDATED, "\"tax_included\": \"NO\", " + TARIFF_LAST_UPDATED);
    }
}
