package io.github.ocpi4j.model.v221.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formats of {@link TariffRestrictions} ({@code [[mod_tariffs_tariffrestrictions_class]]}). */
class TariffRestrictionsTest {
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final String TIME = "([0-1][0-9]|2[0-3]):[0-5][0-9]";
    private static final String DATE = "([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "09:05", "13:30", "19:59", "23:59"})
    void timesOfDayIn24hFormatWithLeadingZerosAreAccepted(String time) {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().startTime(time).endTime(time).build();

        assertThat(JSON.validate(restrictions)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "24:00", "9:00", "12:60", "1230", "12.30", "ab:cd"})
    void startTimeNotInHhMmFormatIsRejected(String time) {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().startTime(time).build();

        assertThat(JSON.validate(restrictions))
                .containsExactly(new Violation("start_time", "format: \"" + time + "\" does not match " + TIME));
    }

    @Test
    void endTimeNotInHhMmFormatIsRejected() {
        TariffRestrictions restrictions = TariffRestrictions.builder()
                .startTime("13:30")
                .endTime("19:45h")
                .build();

        assertThat(JSON.validate(restrictions))
                .containsExactlyInAnyOrder(
                        new Violation("end_time", "string(5): 6 characters, at most 5 allowed"),
                        new Violation("end_time", "format: \"19:45h\" does not match " + TIME));
    }

    @Test
    void endTimeBeforeStartTimeWrapsAroundToTheNextDayAndIsAccepted() {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().startTime("22:00").endTime("06:00").build();

        assertThat(JSON.validate(restrictions)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-12-24", "1999-01-01", "2020-02-29", "2015-12-31"})
    void datesInYyyyMmDdFormatAreAccepted(String date) {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().startDate(date).endDate(date).build();

        assertThat(JSON.validate(restrictions)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2015-13-01",
                "2015-00-10",
                "2015-12-32",
                "2015-12-00",
                "15-12-24",
                "24-12-2015",
                "2015/12/24",
                "3015-12-24"
            })
    void startDateNotInYyyyMmDdFormatIsRejected(String date) {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().startDate(date).build();

        assertThat(JSON.validate(restrictions))
                .containsExactly(new Violation("start_date", "format: \"" + date + "\" does not match " + DATE));
    }

    @Test
    void endDateNotInYyyyMmDdFormatIsRejected() {
        TariffRestrictions restrictions =
                TariffRestrictions.builder().endDate("2015-12-7").build();

        assertThat(JSON.validate(restrictions))
                .containsExactly(new Violation("end_date", "format: \"2015-12-7\" does not match " + DATE));
    }

    @Test
    void badFormatsAreReportedWithTheirPathInATariff() {
        String json = """
                {
                  "country_code": "DE", "party_id": "ALL", "id": "14", "currency": "EUR",
                  "elements": [
                    {"price_components": [{"type": "TIME", "price": 1.00, "step_size": 60}]},
                    {"price_components": [{"type": "PARKING_TIME", "price": 5.00, "step_size": 300}],
                     "restrictions": {"start_time": "9:00", "end_time": "18:00", "start_date": "2019-02-30x",
                                      "day_of_week": ["MONDAY", "FRIDAY"]}}
                  ],
                  "last_updated": "2019-06-19T02:11:11Z"
                }
                """;

        assertThat(JSON.read(json, Tariff.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("elements[1].restrictions.start_time", "format: \"9:00\" does not match " + TIME),
                        new Violation(
                                "elements[1].restrictions.start_date", "string(10): 11 characters, at most 10 allowed"),
                        new Violation(
                                "elements[1].restrictions.start_date",
                                "format: \"2019-02-30x\" does not match " + DATE));
    }

    @Test
    void unknownDayOfWeekIsRejected() {
        String json = """
                {"day_of_week": ["MONDAY", "FUNDAY"]}
                """;

        assertThat(JSON.read(json, TariffRestrictions.class).violations())
                .containsExactly(new Violation(
                        "day_of_week[1]",
                        "enum DayOfWeek: unknown value \"FUNDAY\" (allowed: MONDAY, TUESDAY, WEDNESDAY, THURSDAY,"
                                + " FRIDAY, SATURDAY, SUNDAY)"));
    }

    @Test
    void restrictionsAreReadAndWrittenWithTheirWireNames() {
        TariffRestrictions restrictions = TariffRestrictions.builder()
                .startTime("13:30")
                .endTime("19:45")
                .startDate("2015-12-24")
                .endDate("2015-12-27")
                .dayOfWeek(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .reservation(ReservationRestrictionType.RESERVATION_EXPIRES)
                .build();

        String json = JSON.writeString(restrictions);

        assertThat(json)
                .isEqualTo("{\"start_time\":\"13:30\",\"end_time\":\"19:45\",\"start_date\":\"2015-12-24\","
                        + "\"end_date\":\"2015-12-27\",\"day_of_week\":[\"SATURDAY\",\"SUNDAY\"],"
                        + "\"reservation\":\"RESERVATION_EXPIRES\"}");
        assertThat(JSON.read(json, TariffRestrictions.class).get()).isEqualTo(restrictions);
    }
}
