package io.github.ocpi4j.model.v230.bookings;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.SpecExampleAssertions.assertExample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.JsonAssertions;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.SpecExampleAssertions.Example;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the Bookings 1.1 add-on ({@code ocpi-spec-examples/2.3.0-bookings-1.1/}), read into its type,
 * validated, and written back unchanged; or, where the example breaks the module's own tables, asserted with each
 * violation it holds and a comment naming the rule. The README's section "Bookings 1.1: choices where the text and
 * examples disagree" sums the choices up.
 */
class BookingsExamplesTest {
    private static final String VERSION = "2.3.0-bookings-1.1";
    private static final OcpiJson JSON = OcpiJson.instance();

    /** The type of each example: the object the text includes it for, or the PATCH body of that object. */
    private static final Map<String, Example> EXAMPLES = Map.of(
            "booking_example.json", Example.of(Booking.class),
            "booking_location_example.json", Example.of(BookingLocation.class),
            // [[mod_bookings_booking_location_example_calendar_update]]: PATCHed at .../BL0123/C0123, a Calendar
            "booking_location_patch_example_calendar.json", Example.of(CalendarPatch.class),
            "booking_location_patch_example_terms.json", Example.of(BookingLocationPatch.class),
            "booking_patch_example_evse_uid.json", Example.of(BookingPatch.class),
            "booking_patch_example_status_update.json", Example.of(BookingPatch.class),
            // no text includes these two, and the module has no PATCH of a BookingRequest: an eMSP POSTs a whole
            // BookingRequest ([[mod_bookings_cpo_post_request_body]]), a change being a new request with the same
            // request_id ([[mod_bookings_request_class]]); so they are read as what their names say, a BookingRequest
            "booking_request_patch_example_timeslot.json", Example.of(BookingRequest.class),
            "booking_request_patch_example_tokens.json", Example.of(BookingRequest.class));

    private static final List<Violation> REQUEST_WITHOUT_ITS_REQUIRED_FIELDS = List.of(
            new Violation("country_code", "required"),
            new Violation("party_id", "required"),
            new Violation("request_id", "required"),
            new Violation("location_id", "required"),
            new Violation("booking_location_id", "required"),
            new Violation("period", "required"),
            new Violation("authorization_reference", "required"));

    /** The examples that break the module's tables, with every violation they hold. */
    private static final Map<String, List<Violation>> BROKEN = Map.of(
            // [[mod_bookings_booking_object]], [[mod_bookings_request_class]], [[mod_bookings_booking_token_object]]:
            // party_id is a CiString(3), an ISO 15118 party id, and the example sends "INF12" (the CPO and the eMSP)
            // and "INFOO" (the token's eMSP). [[mod_bookings_request_class]]: booking_location_id has cardinality 1
            // since Bookings 1.1 (changelog: "added booking_location_id"), and neither request has it.
            "booking_example.json",
            List.of(
                    new Violation("party_id", "CiString(3): 5 characters, at most 3 allowed"),
                    new Violation("party_id", "ISO 15118 party id: \"INF12\" is not 3 letters or digits"),
                    new Violation("booking_tokens[0].party_id", "CiString(3): 5 characters, at most 3 allowed"),
                    new Violation(
                            "booking_tokens[0].party_id", "ISO 15118 party id: \"INFOO\" is not 3 letters or digits"),
                    new Violation(
                            "booking_requests[0].booking_request.party_id",
                            "CiString(3): 5 characters, at most 3 allowed"),
                    new Violation(
                            "booking_requests[0].booking_request.party_id",
                            "ISO 15118 party id: \"INF12\" is not 3 letters or digits"),
                    new Violation("booking_requests[0].booking_request.booking_location_id", "required"),
                    new Violation(
                            "booking_requests[1].booking_request.party_id",
                            "CiString(3): 5 characters, at most 3 allowed"),
                    new Violation(
                            "booking_requests[1].booking_request.party_id",
                            "ISO 15118 party id: \"INF12\" is not 3 letters or digits"),
                    new Violation("booking_requests[1].booking_request.booking_location_id", "required")),
            // [[mod_bookings_booking_option_class]]: evse_position is a list (*; the 1.1 changelog made it one), and
            // the example sends the string "LEFT". (Its "formats" is no field of BookingOption, whose field is
            // connector_format: an unknown field, read without complaint and not kept.) [[types_datetime_type]]:
            // "23:59:99" has 99 seconds, no DateTime, in end_before and in the first timeslot's end_date_time of both
            // calendars. And both calendars have the id "CA112", while a partner GETs or PATCHes one calendar by its id
            // under the BookingLocation ([[mod_bookings_get_booking_location_calendar]]).
            "booking_location_example.json",
            List.of(
                    new Violation("booking_option.evse_position", "type: expected an array, was a string"),
                    new Violation("calendars[0].end_before", badDateTime("2025-03-23T23:59:99Z")),
                    new Violation(
                            "calendars[0].available_timeslots[0].end_date_time", badDateTime("2025-03-23T08:59:99Z")),
                    new Violation("calendars[1].end_before", badDateTime("2025-03-23T23:59:99Z")),
                    new Violation(
                            "calendars[1].available_timeslots[0].end_date_time", badDateTime("2025-03-23T08:59:99Z")),
                    new Violation(
                            "calendars[1]", "id must be unique within the BookingLocation, same as calendars[0]")),
            // [[mod_bookings_timeslot_class]]: start_date_time and end_date_time have cardinality 1, and the example's
            // keys are "start_date_time " and "end_date_time ", with a trailing space: unknown fields, so the
            // timeslot has neither. (Its "08:59:99" would be no DateTime either.)
            "booking_location_patch_example_calendar.json",
            List.of(
                    new Violation("available_timeslots[0].start_date_time", "required"),
                    new Violation("available_timeslots[0].end_date_time", "required")),
            // [[mod_bookings_booking_terms_class]]: a PATCH replaces booking_terms as a whole, and BookingTerms
            // requires supported_access_methods (+), change_until_minutes (1) and cancel_until_minutes (1), which the
            // example's terms leave out.
            "booking_location_patch_example_terms.json",
            List.of(
                    new Violation(
                            "booking_terms.supported_access_methods", "cardinality +: at least one element required"),
                    new Violation("booking_terms.change_until_minutes", "required"),
                    new Violation("booking_terms.cancel_until_minutes", "required")),
            // [[mod_bookings_request_class]]: the seven fields of cardinality 1 are missing. The example's "timeslot"
            // is no field of a BookingRequest (its time is period, a Period since Bookings 1.1), nor is
            // "last_updated"; and inside it "start_date_time " and "end_date_time " have a trailing space, and
            // "green_power_support" is not the Timeslot's green_energy_support.
            "booking_request_patch_example_timeslot.json",
            REQUEST_WITHOUT_ITS_REQUIRED_FIELDS,
            // [[mod_bookings_request_class]]: as above; only its tokens are a field of a BookingRequest, and valid.
            "booking_request_patch_example_tokens.json",
            REQUEST_WITHOUT_ITS_REQUIRED_FIELDS);

    /**
     * The examples that are valid only because fields the text does not document never make a payload rejected (2.3.0
     * transport and format, "Non-specified JSON fields"), with those fields: no part of their type, they are not
     * written back.
     */
    private static final Map<String, List<String>> UNKNOWN_FIELDS = Map.of(
            // [[mod_bookings_booking_object]]: a Booking has no evse_uid of its own since Bookings 1.1, whose changelog
            // moves it into the BookingOption: the EVSE goes in booking_option.evse_uid.
            "booking_patch_example_evse_uid.json", List.of("evse_uid"));

    static Stream<String> examples() {
        return SpecFiles.exampleNames(VERSION).stream();
    }

    private static String badDateTime(String text) {
        return "DateTime: \"" + text + "\" is not an RFC 3339 UTC date-time like 2015-06-29T20:39:09Z";
    }

    @Test
    void everyExampleOfTheAddOnHasATypeHere() {
        assertThat(EXAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(examples().toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsReadValidatedAndWrittenBackOrItsViolationsAreTheKnownOnes(String name) {
        List<String> unknown = UNKNOWN_FIELDS.get(name);
        if (unknown == null) {
            assertExample(VERSION, name, EXAMPLES.get(name), BROKEN.get(name));
            return;
        }
        byte[] json = SpecFiles.example(VERSION, name);
        ReadResult<?> result = JSON.read(json, EXAMPLES.get(name).type());

        assertThat(result.violations()).isEmpty();
        ObjectNode withoutUnknown = (ObjectNode) JsonAssertions.tree(json);
        withoutUnknown.remove(unknown);
        assertSameJson(JSON.write(result.get()), withoutUnknown.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theValidStatusUpdateChangesOnlyTheStatusOfABooking() {
        // [[mod_bookings_booking_example_status_update]]
        BookingPatch patch = JSON.read(
                        SpecFiles.example(VERSION, "booking_patch_example_status_update.json"), BookingPatch.class)
                .get();
        Booking pending = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.PENDING)
                .build();

        Booking patched = patch.applyTo(pending);

        assertThat(patched.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(patched.lastUpdated()).isEqualTo(java.time.Instant.parse("2025-03-23T13:00:00Z"));
        assertThat(patched.toBuilder()
                        .reservationStatus(ReservationStatus.PENDING)
                        .lastUpdated(pending.lastUpdated())
                        .build())
                .isEqualTo(pending);
        assertThat(BookingLifecycle.checkUpdate(pending, patched)).isEmpty();
    }
}
