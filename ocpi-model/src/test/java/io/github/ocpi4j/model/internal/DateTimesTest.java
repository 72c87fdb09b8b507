package io.github.ocpi4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DateTime type, {@code [[types_datetime_type]]}. */
class DateTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2015-06-29T20:39:09Z, 2015-06-29T20:39:09Z",
        "2015-06-29T20:39:09, 2015-06-29T20:39:09Z",
        "2016-12-29T17:45:09.2Z, 2016-12-29T17:45:09.200Z",
        "2016-12-29T17:45:09.2, 2016-12-29T17:45:09.200Z",
        "2018-01-01T01:08:01.123Z, 2018-01-01T01:08:01.123Z",
        "2018-01-01T01:08:01.123, 2018-01-01T01:08:01.123Z"
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
}
