package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DateTime type, {@code [[types_datetime_type]]}. */
class DateTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2015-06-29T20:39:09, 2015-06-29T20:39:09Z",
        "2016-12-29T17:45:09.2, 2016-12-29T17:45:09.200Z",
        "2018-01-01T01:08:01.123, 2018-01-01T01:08:01.123Z",
        "2015-06-29T20:39:09Z, 2015-06-29T20:39:09Z",
        "2016-12-29T17:45:09.7Z, 2016-12-29T17:45:09.700Z",
        "2018-01-01T01:08:01.456Z, 2018-01-01T01:08:01.456Z"
    })
    void readsEveryFormOfTheSpecificationAsUtc(String text, String instant) {
        DateTimes.Parsed parsed = DateTimes.parse(text);

        assertThat(parsed.violation()).isNull();
        assertThat(parsed.instant()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void writesUtcWithZAndOnlyTheFractionDigitsItNeeds() {
        assertThat(DateTimes.format(Instant.parse("2015-06-29T20:39:09Z"))).isEqualTo("2015-06-29T20:39:09Z");
        assertThat(DateTimes.format(Instant.parse("2016-12-29T17:45:09.200Z"))).isEqualTo("2016-12-29T17:45:09.2Z");
        assertThat(DateTimes.format(Instant.parse("2018-01-01T01:08:01.1234Z"))).isEqualTo("2018-01-01T01:08:01.1234Z");
    }

    @Test
    void writesNoMoreThanTheFourFractionDigitsThatString25Allows() {
        String written = DateTimes.format(Instant.parse("2018-01-01T01:08:01.123456789Z"));

        assertThat(written).isEqualTo("2018-01-01T01:08:01.1234Z").hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void offsetIsAViolationButItsInstantIsKept() {
        DateTimes.Parsed parsed = DateTimes.parse("2015-06-29T22:39:09+02:00");

        assertThat(parsed.instant()).isEqualTo(Instant.parse("2015-06-29T20:39:09Z"));
        assertThat(parsed.violation())
                .isEqualTo("DateTime: \"2015-06-29T22:39:09+02:00\" is not an RFC 3339 UTC date-time like"
                        + " 2015-06-29T20:39:09Z (+00:00 is not UTC)");
    }

    @Test
    void moreThan25CharactersIsAViolationButTheInstantIsKept() {
        DateTimes.Parsed parsed = DateTimes.parse("2015-06-29T20:39:09.123456Z");

        assertThat(parsed.instant()).isEqualTo(Instant.parse("2015-06-29T20:39:09.123456Z"));
        assertThat(parsed.violation()).isEqualTo("DateTime: 27 characters, at most 25 allowed (string(25))");
    }

    @ParameterizedTest
    @CsvSource({"2015-06-29 20:39:09", "2015-13-29T20:39:09Z", "29-06-2015T20:39:09Z", "2015-06-29", "yesterday"})
    void otherFormsAreViolationsWithoutAValue(String text) {
        DateTimes.Parsed parsed = DateTimes.parse(text);

        assertThat(parsed.instant()).isNull();
        assertThat(parsed.violation()).startsWith("DateTime: \"" + text + "\" is not an RFC 3339 UTC date-time");
    }

    @Test
    void writesWhatTheJavaTimeFormatterWrites() {
        Random random = new Random(20241124);
        for (int n = 0; n < 100_000; n++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), 253402300800L);
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(10_000) * 100_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            Instant truncated = instant.minusNanos(nanos % 100_000);

            assertThat(DateTimes.format(instant)).as(instant.toString()).isEqualTo(DateTimes.WRITER.format(truncated));
        }
        assertThat(DateTimes.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00Z");
    }

    @Test
    void readsWhatTheRegexAndTheJavaTimeParserRead() {
        String[] samples = {
            "2015-06-29T20:39:09", "2024-02-29T23:59:59", "2023-02-29T00:00:00", "2024-04-31T00:00:00",
            "2024-13-01T00:00:00", "2024-00-10T00:00:00", "2024-01-00T00:00:00", "2024-01-01T24:00:00",
            "2024-01-01T23:60:00", "2024-01-01T23:59:60", "0000-01-01T00:00:00", "9999-12-31T23:59:59"
        };
        String[] endings = {
            "", "Z", ".1", ".1Z", ".123456789", ".123456789Z", ".1234567890Z", ".", ".Z", "ZZ", "+02:00", " "
        };
        Random random = new Random(20241124);
        for (String sample : samples) {
            for (String ending : endings) {
                String text = sample + ending;
                assertSameAsReference(text);
                char[] mutated = text.toCharArray();
                mutated[random.nextInt(mutated.length)] = "0123456789-:T.Zx ".charAt(random.nextInt(17));
                assertSameAsReference(new String(mutated));
            }
        }
    }

    private static void assertSameAsReference(String text) {
        assertThat(DateTimes.hasOcpiForm(text))
                .as(text)
                .isEqualTo(DateTimes.OCPI.matcher(text).matches());
        DateTimes.Parsed parsed = DateTimes.parse(text);
        if (DateTimes.OCPI.matcher(text).matches()) {
            String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
            Instant expected;
            try {
                expected = LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertThat(parsed.instant()).as(text).isEqualTo(expected);
            assertThat(parsed.violation() == null).as(text).isEqualTo(expected != null && text.length() <= 25);
        }
    }
}
