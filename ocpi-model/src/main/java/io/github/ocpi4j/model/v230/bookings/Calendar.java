package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The free time of a {@link BookingLocation} from {@code begin_from} until {@code end_before}: the spans in it that
 * can still be booked, and the step in which bookings may be cut from them. A CPO PUTs or PATCHes a calendar on its
 * own, under its BookingLocation ({@code .../booking_locations/{id}/{calendar_id}}); a receiver that takes a PATCH of
 * a calendar sets the same {@code last_updated} on the BookingLocation.
 *
 * <p>{@link BookingRules#slotFor(Calendar, Period)} tells whether a period can be booked in the calendar.
 *
 * <pre>{@code
 * Calendar today = Calendar.builder()
 *         .id("C1")
 *         .beginFrom(Instant.parse("2025-03-23T00:00:00Z"))
 *         .endBefore(Instant.parse("2025-03-24T00:00:00Z"))
 *         .timeslotIncrement(15)
 *         .availableTimeslots(List.of(free))
 *         .lastUpdated(now)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_calendar_object]]}.
 *
 * @param id {@code id}: the CPO's id of the calendar, at most 36 characters, unique within its BookingLocation.
 * @param beginFrom {@code begin_from}: when the time the calendar covers begins.
 * @param endBefore {@code end_before}: when the time the calendar covers ends; later than {@code begin_from}.
 * @param timeslotIncrement {@code timeslot_increment}: optional step, in whole minutes, in which a booking may start
 *     and end within a free span, counted from the span's start; absent, any instant will do.
 * @param availableTimeslots {@code available_timeslots}: the spans that are free, each between {@code begin_from} and
 *     {@code end_before}; at least one.
 * @param lastUpdated {@code last_updated}: when the CPO last changed the calendar.
 */
@GenerateBuilder
@GeneratePatch
public record Calendar(
        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("begin_from") @NotNull Instant beginFrom,
        @JsonProperty("end_before") @NotNull Instant endBefore,

        @JsonProperty("timeslot_increment") @Min(1) @Nullable
        Integer timeslotIncrement,

        @JsonProperty("available_timeslots") @NotEmpty List<@Valid Timeslot> availableTimeslots,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the list; {@code null} becomes empty. */
    public Calendar {
        availableTimeslots = Lists.copyOf(availableTimeslots);
    }

    /** Checks that the calendar ends after it begins and that every free span lies within it. */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.endsAfterStart(beginFrom, endBefore, "begin_from", "end_before", reporter);
        if (beginFrom == null || endBefore == null) {
            return;
        }
        for (int i = 0; i < availableTimeslots.size(); i++) {
            Timeslot slot = availableTimeslots.get(i);
            if (slot == null) {
                continue;
            }
            String at = "available_timeslots[" + i + "]";
            if (slot.startDateTime() != null && slot.startDateTime().isBefore(beginFrom)) {
                reporter.report(
                        at + ".start_date_time",
                        "must not be before the calendar's begin_from (" + show(beginFrom) + ")");
            }
            if (slot.endDateTime() != null && slot.endDateTime().isAfter(endBefore)) {
                reporter.report(
                        at + ".end_date_time", "must not be after the calendar's end_before (" + show(endBefore) + ")");
            }
        }
    }

    private static String show(Instant instant) {
        return DateTimes.format(instant);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Calendar} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CalendarBuilderBase {
        private Builder() {}
    }
}
