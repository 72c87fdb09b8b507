package io.github.ocpi4j.model.v230.payments;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.JsonAssertions.tree;
import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the OCPI 2.3.0 Payments module ({@code payment_*.json}), read as the body its section shows
 * it as, validated, written and compared with the original; the examples that break the text's own rules are
 * asserted as those violations instead.
 */
class PaymentsExamplesTest {
    private static final String VERSION = "2.3.0";
    private static final OcpiJson JSON = OcpiJson.instance();

    /** What each example is: a Terminal, the PATCH of one, or a Financial Advice Confirmation. */
    private static final Map<String, Example> EXAMPLES = Map.ofEntries(
            Map.entry("payment_terminal_activate.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_create.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_create_minimal.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_example_assigned_locations.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_example_assigned_locations_assigned_evses.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_example_newly_created.json", Example.of(Terminal.class)),
            Map.entry("payment_terminal_location_assignment.json", Example.of(TerminalPatch.class)),
            Map.entry("payment_terminal_put_update.json", Example.of(Terminal.class)),
            Map.entry(
                    "payment_financial_advice_confirmation_create.json", Example.of(FinancialAdviceConfirmation.class)),
            Map.entry(
                    "payment_financial_advice_confirmation_example_success.json",
                    Example.of(FinancialAdviceConfirmation.class)),
            Map.entry(
                    "payment_financial_advice_confirmation_example_failure.json",
                    Example.of(FinancialAdviceConfirmation.class)));

    /** The 2.2.1 form of a price, where 2.3.0 requires {@code before_taxes}. */
    private static final Violation PRICE_OF_221 = new Violation("total_costs.before_taxes", "required");

    /** The examples that break the specification's own rules, with every violation they hold. */
    private static final Map<String, List<Violation>> BROKEN = Map.of(
            // [[mod_payments_terminal_object]]: last_updated has cardinality 1. The POST section says the body may be
            // "just the terminal id"; we read that as leaving out the optional fields, as the table decides.
            "payment_terminal_create_minimal.json",
            List.of(new Violation("last_updated", "required")),
            // [[transport_and_format_patch]] with [[status_codes_2xxx_client_errors]] (a PATCH without last_updated
            // is their example of a 2001), as every module that PATCHes states it; the Payments text is silent.
            "payment_terminal_location_assignment.json",
            List.of(new Violation("last_updated", "required")),
            // [[mod_payments_ptp_terminal_put_request_body]]: a PUT carries a whole Terminal, and terminal_id has
            // cardinality 1 ([[transport_and_format_put]]); invoice_base_url is a URL ([[types_url_type]]).
            "payment_terminal_put_update.json",
            List.of(
                    new Violation("terminal_id", "required"),
                    new Violation("invoice_base_url", "URL: \"someNewURL\" is not an absolute URL")),
            // [[types_price_class]]: total_costs is a 2.3.0 Price (before_taxes, taxes); the examples give the
            // excl_vat and incl_vat of 2.2.1, which are unknown fields here.
            "payment_financial_advice_confirmation_create.json",
            List.of(PRICE_OF_221),
            "payment_financial_advice_confirmation_example_success.json",
            List.of(PRICE_OF_221),
            // The same price, and [[mod_payments_financial_advice_confirmation_object]]: eft_data has cardinality +,
            // which the failed capture leaves out.
            "payment_financial_advice_confirmation_example_failure.json",
            List.of(PRICE_OF_221, new Violation("eft_data", "cardinality +: at least one element required")));

    /**
     * The valid examples that send {@code "location_ids": []}: ocpi4j writes no empty list, which means the same
     * for a list of cardinality {@code *}.
     */
    private static final Set<String> EMPTY_LOCATION_IDS =
            Set.of("payment_terminal_create.json", "payment_terminal_example_newly_created.json");

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream().filter(n -> n.startsWith("payment"));
    }

    @Test
    void everyPaymentsExampleIsListedWithItsType() {
        assertThat(examples()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
        assertThat(EXAMPLES.keySet()).containsAll(BROKEN.keySet()).containsAll(EMPTY_LOCATION_IDS);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackUnchanged(String name) {
        if (EMPTY_LOCATION_IDS.contains(name)) {
            assertWrittenBackWithoutTheEmptyLocationIds(name);
        } else {
            assertExample(VERSION, name, EXAMPLES.get(name), BROKEN.get(name));
        }
    }

    private static void assertWrittenBackWithoutTheEmptyLocationIds(String name) {
        byte[] example = SpecFiles.example(VERSION, name);
        ReadResult<Terminal> read = JSON.read(example, Terminal.class);

        assertThat(read.violations()).isEmpty();
        assertThat(JSON.validate(read.get())).isEmpty();
        assertThat(read.get().locationIds()).isEmpty();
        ObjectNode expected = (ObjectNode) tree(example);
        JsonNode removed = expected.remove("location_ids");
        assertThat(removed.isArray() && removed.isEmpty()).isTrue();
        assertSameJson(JSON.write(read.get()), expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
