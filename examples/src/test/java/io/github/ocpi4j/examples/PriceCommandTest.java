package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.example;
import static io.github.ocpi4j.examples.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpi4j price}: its output and exit codes are a contract that scripts rely on. */
class PriceCommandTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A tariff of 0.25/kWh from 08:00 to 20:00 local time, 0.10/kWh otherwise. */
    private static final String DAY_NIGHT_TARIFF = """
            {"country_code":"US","party_id":"CPO","id":"DN","currency":"USD","elements":[
              {"price_components":[{"type":"ENERGY","price":0.25,"step_size":1}],
               "restrictions":{"start_time":"08:00","end_time":"20:00"}},
              {"price_components":[{"type":"ENERGY","price":0.10,"step_size":1}]}],
             "last_updated":"2024-01-01T00:00:00Z"}
            """;

    @TempDir
    Path dir;

    private String cdrExample;
    private String itsTariff;

    @BeforeEach
    void specExample() throws IOException {
        cdrExample = example("cdr_example.json");
        JsonNode cdr = JSON.readTree(Path.of(cdrExample).toFile());
        itsTariff = file("tariff.json", cdr.get("tariffs").get(0).toString());
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    /** A CDR of 10 kWh charged in an hour from 2024-06-03T15:00Z, at a location in a country, and nothing else. */
    private String bareCdr(String country) throws IOException {
        return file("cdr-" + country + ".json", """
                {"start_date_time":"2024-06-03T15:00:00Z","end_date_time":"2024-06-03T16:00:00Z",
                 "cdr_location":{"country":"%s"},"currency":"USD",
                 "charging_periods":[{"start_date_time":"2024-06-03T15:00:00Z",
                   "dimensions":[{"type":"ENERGY","volume":10},{"type":"TIME","volume":1}]}]}
                """.formatted(country));
    }

    @Test
    void reproducesTheTotalsOfTheSpecificationsCdrExampleFromItsTariff() throws IOException {
        CommandLine result = run("price", "--tariff", itsTariff, "--cdr", cdrExample);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).endsWith("}\n").doesNotContain("\n{");
        JsonNode totals = JSON.readTree(result.out());
        JsonNode cdr = JSON.readTree(Path.of(cdrExample).toFile());
        for (String field : new String[] {"total_cost", "total_energy", "total_time_cost"}) {
            assertThat(totals.get(field)).as(field).isEqualTo(cdr.get(field));
        }
        // total_time is the session's duration, 21:39:09 to 23:37:32, which the example gives to 3 decimals
        assertThat(result.out())
                .startsWith("{\"total_cost\":{\"excl_vat\":4.00,\"incl_vat\":4.40},\"total_energy\":15.342,"
                        + "\"total_energy_cost\":{\"excl_vat\":0.00,\"incl_vat\":0.00},\"total_time\":1.9731,"
                        + "\"total_time_cost\":{\"excl_vat\":4.00,\"incl_vat\":4.40},\"total_parking_time\":0,"
                        + "\"total_parking_cost\":{\"excl_vat\":0.00,\"incl_vat\":0.00},"
                        + "\"total_fixed_cost\":{\"excl_vat\":0.00,\"incl_vat\":0.00}}");
        assertThat(result.err())
                .isEqualTo("time zone: Europe/Brussels (the single time zone of BEL, the location's country)\n");
    }

    @Test
    void explainAddsTheBreakdownToTheSameObject() throws IOException {
        CommandLine result = run("price", "--tariff", itsTariff, "--cdr", cdrExample, "--explain");

        assertThat(result.exit()).isZero();
        JsonNode totals = JSON.readTree(result.out());
        assertThat(totals.get("total_cost").get("excl_vat").decimalValue()).isEqualByComparingTo("4.00");
        JsonNode lines = totals.get("explanation");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("cost_excl_vat").decimalValue()).isEqualByComparingTo("3.946");
        assertThat(lines.get(1).get("note").asText())
                .isEqualTo("step_size 300 s: charging time of 7102.8 s (118.38 min) billed as 7200 s (120 min)");
        assertThat(lines.get(2).get("note").asText()).contains("total_energy 15.342 kWh");
    }

    @Test
    void totalsAlreadyInTheCdrAreIgnored() throws IOException {
        ObjectNode cdr = (ObjectNode) JSON.readTree(Path.of(cdrExample).toFile());
        cdr.putObject("total_cost").put("excl_vat", 999).put("incl_vat", 999);
        cdr.put("total_time", 42);

        CommandLine result = run("price", "--tariff", itsTariff, "--cdr", file("cdr.json", cdr.toString()));

        assertThat(result.out()).startsWith("{\"total_cost\":{\"excl_vat\":4.00,\"incl_vat\":4.40},");
        assertThat(JSON.readTree(result.out()).get("total_time").decimalValue()).isEqualByComparingTo("1.9731");
    }

    @Test
    void timeZoneOptionDecidesWhichTimeOfDayRestrictionsApply() throws IOException {
        String tariff = file("day-night.json", DAY_NIGHT_TARIFF);
        String cdr = bareCdr("USA"); // 15:00Z: 08:00 in Los Angeles (day), 11:00 in New York (day), 15:00 UTC (day)

        CommandLine utc = run("price", "--tariff", tariff, "--cdr", cdr);
        CommandLine tokyo = run("price", "--tariff", tariff, "--cdr", cdr, "--time-zone", "Asia/Tokyo");
        CommandLine offset = run("price", "--tariff", tariff, "--cdr", cdr, "--time-zone", "-09:00");

        assertThat(utc.err())
                .isEqualTo("time zone: UTC (USA has no single time zone, or is not known; give --time-zone)\n");
        assertThat(JSON.readTree(utc.out()).get("total_cost").get("excl_vat").decimalValue())
                .isEqualByComparingTo("2.50");
        assertThat(tokyo.err()).isEqualTo("time zone: Asia/Tokyo (--time-zone)\n");
        assertThat(JSON.readTree(tokyo.out()).get("total_cost").get("excl_vat").decimalValue())
                .isEqualByComparingTo("1.00"); // 00:00 in Tokyo
        assertThat(offset.err()).isEqualTo("time zone: -09:00 (--time-zone)\n");
        assertThat(JSON.readTree(offset.out()).get("total_cost").get("excl_vat").decimalValue())
                .isEqualByComparingTo("1.00"); // 06:00 at -09:00
    }

    @Test
    void timeZoneComesFromACountryWithOneAndIsUtcWithoutACountry() throws IOException {
        String tariff = file("day-night.json", DAY_NIGHT_TARIFF);
        String noCountry = file(
                "no-country.json",
                Files.readString(Path.of(bareCdr("JPN"))).replace("\"cdr_location\":{\"country\":\"JPN\"},", ""));

        CommandLine japan = run("price", "--tariff", tariff, "--cdr", bareCdr("JPN"));
        CommandLine nowhere = run("price", "--tariff", tariff, "--cdr", noCountry);

        assertThat(japan.err())
                .isEqualTo("time zone: Asia/Tokyo (the single time zone of JPN, the location's country)\n");
        assertThat(JSON.readTree(japan.out()).get("total_cost").get("excl_vat").decimalValue())
                .isEqualByComparingTo("1.00");
        assertThat(nowhere.exit()).isZero();
        assertThat(nowhere.err()).isEqualTo("time zone: UTC (the CDR's location has no country; give --time-zone)\n");
    }

    @Test
    void warnsWhenCurrenciesDifferOrPeriodsBelongToAnotherTariff() throws IOException {
        ObjectNode cdr = (ObjectNode) JSON.readTree(Path.of(cdrExample).toFile());
        cdr.put("currency", "CHF");
        ((ObjectNode) cdr.get("charging_periods").get(0)).put("tariff_id", "OTHER");

        CommandLine result = run("price", "--tariff", itsTariff, "--cdr", file("cdr.json", cdr.toString()));

        assertThat(result.exit()).isZero();
        assertThat(result.err())
                .contains("warning: the CDR is in CHF, the tariff in EUR: amounts are in EUR\n")
                .contains("warning: 1 of 1 charging periods belong to another tariff than 12: they are not priced\n");
        assertThat(JSON.readTree(result.out()).get("total_cost").get("excl_vat").decimalValue())
                .isEqualByComparingTo("0");
    }

    /** A tariff of one price per kWh, in EUR unless said otherwise. */
    private String energyTariff(String id, String perKwh, String currency) throws IOException {
        return file("tariff-" + id + "-" + currency + ".json", """
                {"country_code":"NL","party_id":"CPO","id":"%s","currency":"%s","elements":[
                  {"price_components":[{"type":"ENERGY","price":%s,"step_size":1}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}
                """.formatted(id, currency, perKwh));
    }

    /** A CDR of two hours of 10 kWh each, the first under one tariff id and the second under another. */
    private String cdrOfTwoTariffs(String first, String second) throws IOException {
        return file("cdr-" + first + "-" + second + ".json", """
                {"start_date_time":"2024-06-03T15:00:00Z","end_date_time":"2024-06-03T17:00:00Z",
                 "cdr_location":{"country":"NLD"},"currency":"EUR","charging_periods":[
                  {"start_date_time":"2024-06-03T15:00:00Z","tariff_id":"%s",
                   "dimensions":[{"type":"ENERGY","volume":10},{"type":"TIME","volume":1}]},
                  {"start_date_time":"2024-06-03T16:00:00Z","tariff_id":"%s",
                   "dimensions":[{"type":"ENERGY","volume":10},{"type":"TIME","volume":1}]}]}
                """.formatted(first, second));
    }

    @Test
    void tariffRepeatedPricesEachPeriodUnderTheTariffItNames() throws IOException {
        // [[mod_cdrs_chargingperiod_class]] tariff_id: 10 kWh at 0.30 and 10 kWh at 0.20
        String peak = energyTariff("PEAK", "0.30", "EUR");
        String offPeak = energyTariff("OFF", "0.20", "EUR");
        String cdr = cdrOfTwoTariffs("PEAK", "OFF");

        CommandLine result = run("price", "--tariff", peak, "--tariff", offPeak, "--cdr", cdr, "--explain");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err())
                .isEqualTo("time zone: Europe/Amsterdam (the single time zone of NLD, the location's" + " country)\n");
        JsonNode totals = JSON.readTree(result.out());
        assertThat(totals.get("total_cost").get("excl_vat").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(totals.get("explanation").get(2).get("note").asText()).isEqualTo("tariff OFF, element 0");
    }

    @Test
    void periodNamingATariffNotGivenExitsOneNamingThePeriodAndTheId() throws IOException {
        String peak = energyTariff("PEAK", "0.30", "EUR");
        String offPeak = energyTariff("OFF", "0.20", "EUR");
        String cdr = cdrOfTwoTariffs("PEAK", "WEEKEND");

        CommandLine result = run("price", "--tariff", peak, "--tariff", offPeak, "--cdr", cdr);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .endsWith("error: " + cdr
                        + ": charging_periods[1].tariff_id: WEEKEND is not among the tariffs given (PEAK, OFF)\n");
    }

    @Test
    void tariffsSharingAnIdOrInAnotherCurrencyExitOneNamingTheirFiles() throws IOException {
        String peak = energyTariff("PEAK", "0.30", "EUR");
        String peakAgain = energyTariff("PEAK", "0.35", "CHF");
        String cdr = cdrOfTwoTariffs("PEAK", "PEAK");

        CommandLine result = run("price", "--tariff", peak, "--tariff", peakAgain, "--cdr", cdr);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("error: " + peakAgain + ": id: PEAK is also the id of " + peak + "\n"
                        + "error: " + peakAgain + ": currency: CHF, while " + peak
                        + " is in EUR; a session is priced in one currency\n");
    }

    @Test
    void cdrLackingWhatPricingNeedsIsAnErrorNamingEachFieldAndExitsOne() throws IOException {
        String cdr = file("cdr.json", """
                {"end_date_time":"yesterday","charging_periods":[{"dimensions":[{"type":"ENERGY","volume":-1}]}],
                 "cdr_token":42}
                """);

        CommandLine result = run("price", "--tariff", itsTariff, "--cdr", cdr);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("error: " + cdr + ": start_date_time: required\n")
                .contains("error: " + cdr + ": end_date_time: ")
                .contains("error: " + cdr + ": charging_periods[0].start_date_time: required\n")
                .doesNotContain("cdr_token");
    }

    @Test
    void malformedJsonExitsOneAndAMissingFileTwo() throws IOException {
        String broken = file("broken.json", "{\"elements\":[");

        CommandLine malformed = run("price", "--tariff", broken, "--cdr", cdrExample);
        CommandLine missing = run("price", "--tariff", dir.resolve("nope.json").toString(), "--cdr", cdrExample);

        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.err())
                .startsWith("error: " + broken + ": elements: malformed JSON: Unexpected end-of-input");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.json") + ": no such file\n");
    }

    @Test
    void pricesA230CdrByTheShapeOfItsPricesWithTaxesByRate() throws IOException {
        // [[mod_cdrs_cdr_object]] 2.3.0 example: its total_cost has before_taxes, so the files are read as 2.3.0; its
        // tariff lacks tax_included, which reads as NO
        String cdr = example("2.3.0", "cdr_example.json");
        String tariff = file(
                "tariff230.json",
                JSON.readTree(Path.of(cdr).toFile()).get("tariffs").get(0).toString());

        CommandLine result = run("price", "--tariff", tariff, "--cdr", cdr);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .isEqualTo(
                        "{\"total_cost\":{\"before_taxes\":4.00,\"taxes\":[{\"name\":\"VAT\",\"percentage\":10,"
                                + "\"amount\":0.40}]},\"total_energy\":15.342,\"total_energy_cost\":{\"before_taxes\":0.00},"
                                + "\"total_time\":1.9731,\"total_time_cost\":{\"before_taxes\":4.00,\"taxes\":[{\"name\":\"VAT\","
                                + "\"percentage\":10,\"amount\":0.40}]},\"total_parking_time\":0,"
                                + "\"total_parking_cost\":{\"before_taxes\":0.00},\"total_fixed_cost\":{\"before_taxes\":0.00}}\n");
    }

    @Test
    void northAmericanTariffIsPricedWithoutTaxes() throws IOException {
        // [[mod_tariffs_examples]] "North American taxes": tax_included says 2.3.0; an hour at
        // C$ 2.00 is 2.00 before taxes, which come later
        CommandLine result = run(
                "price",
                "--tariff",
                example("2.3.0", "tariff_19_simple_north_american_exclusive.json"),
                "--cdr",
                bareCdr("USA"));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("{\"total_cost\":{\"before_taxes\":2.00},");
    }

    @Test
    void versionOptionReadsFilesWithoutTheShapeOfEitherVersion() throws IOException {
        String tariff = file("day-night.json", DAY_NIGHT_TARIFF);

        CommandLine as230 = run("price", "--tariff", tariff, "--cdr", bareCdr("USA"), "--version", "2.3.0");
        CommandLine as221 = run("price", "--tariff", tariff, "--cdr", bareCdr("USA"));

        assertThat(as230.exit()).as(as230.err()).isZero();
        assertThat(as230.out()).startsWith("{\"total_cost\":{\"before_taxes\":");
        assertThat(as221.out()).startsWith("{\"total_cost\":{\"excl_vat\":");
        CommandLine unknown = run("price", "--tariff", tariff, "--cdr", bareCdr("USA"), "--version", "2.1.1");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ocpi4j price: --version: 2.1.1 is not a version this command prices");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("price", "--cdr", cdrExample).err())
                .startsWith("ocpi4j price: --tariff is required\nusage: ocpi4j price --tariff");
        assertThat(run("price", "--tariff", itsTariff).exit()).isEqualTo(2);
        assertThat(run("price", "--tariff", itsTariff, "--cdr", cdrExample, "--time-zone", "Mars/Olympus")
                        .err())
                .startsWith("ocpi4j price: --time-zone: Mars/Olympus is not a time zone");
        assertThat(run("price", "--tariff", itsTariff, "--cdr", cdrExample, "extra")
                        .exit())
                .isEqualTo(2);
        assertThat(run("price", "--help").out())
                .startsWith("usage: ocpi4j price --tariff TARIFF.json --cdr CDR.json")
                .contains("repeat it for a CDR whose charging periods name");
    }
}
