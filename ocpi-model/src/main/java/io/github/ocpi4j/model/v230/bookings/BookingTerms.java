package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of booking at a {@link BookingLocation}, and in a {@link Booking} the conditions the driver
 * accepted: how to authorize and get in, until when a booking can be changed or cancelled, how early charging may
 * begin and how late it may end, when an absent driver loses the booking, and how long a booking may last. Every
 * duration is in minutes, a JSON number that may have decimals.
 *
 * <p>{@link BookingRules} turns these terms into instants for a booking's period: the change and cancel deadlines,
 * the earliest start, the latest stop and the moment of a no-show.
 *
 * <pre>{@code
 * BookingTerms terms = BookingTerms.builder()
 *         .supportedAccessMethods(List.of(AccessMethod.OPEN))
 *         .changeUntilMinutes(new BigDecimal("60"))
 *         .cancelUntilMinutes(new BigDecimal("30"))
 *         .noshowTimeout(new BigDecimal("15"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_booking_terms_class]]}.
 *
 * @param rfidAuthRequired {@code rfid_auth_required}: optional; whether the driver must hold an RFID card to the
 *     charger to charge on the booking.
 * @param tokenGroupsSupported {@code token_groups_supported}: optional; when {@code true}, any token of the same
 *     token group as a booked token may be used.
 * @param remoteAuthSupported {@code remote_auth_supported}: optional; whether charging on the booking can be started
 *     remotely, with a {@code START_SESSION} command.
 * @param supportedAccessMethods {@code supported_access_methods}: the ways onto the site; at least one.
 * @param changeUntilMinutes {@code change_until_minutes}: how many minutes before the booked start a change is still
 *     possible.
 * @param cancelUntilMinutes {@code cancel_until_minutes}: how many minutes before the booked start a cancellation is
 *     still possible.
 * @param changeNotAllowed {@code change_not_allowed}: optional; {@code true} when a booking cannot be changed at all.
 *     (The module describes it only as "if change is allowed"; ocpi4j reads the name.)
 * @param earlyStartAllowed {@code early_start_allowed}: optional; whether charging may start before the booked start.
 * @param earlyStartTime {@code early_start_time}: optional number of minutes before the booked start from which
 *     charging may start, when {@code early_start_allowed}.
 * @param noshowTimeout {@code noshow_timeout}: optional number of minutes after the booked start after which a
 *     driver who has not come is a no-show and the CPO may give the charger to others; absent, the CPO waits.
 * @param noshowFee {@code noshow_fee}: optional; whether the CPO charges a fee for a no-show. The amount is in the
 *     terms at {@code booking_terms} and in the Tariffs of the BookingLocation.
 * @param lateStopAllowed {@code late_stop_allowed}: optional; whether charging may go on after the booked end.
 * @param lateStopTime {@code late_stop_time}: optional number of minutes after the booked end until which charging may
 *     go on, when {@code late_stop_allowed}. (The module's text says "late start"; the field's name and its flag say
 *     stop, which ocpi4j follows.)
 * @param overlappingBookingsAllowed {@code overlapping_bookings_allowed}: optional; whether one RFID token may be in
 *     several bookings whose periods overlap.
 * @param minBookingDuration {@code min_booking_duration}: optional shortest booking, in minutes.
 * @param maxBookingDuration {@code max_booking_duration}: optional longest booking, in minutes; not less than {@code
 *     min_booking_duration}.
 * @param bookingTerms {@code booking_terms}: optional URL of the CPO's full terms of booking, such as its no-show
 *     policy and fees; at most 255 characters.
 */
@GenerateBuilder
public record BookingTerms(
        @JsonProperty("rfid_auth_required") @Nullable Boolean rfidAuthRequired,
        @JsonProperty("token_groups_supported") @Nullable Boolean tokenGroupsSupported,
        @JsonProperty("remote_auth_supported") @Nullable Boolean remoteAuthSupported,
        @JsonProperty("supported_access_methods") @NotEmpty List<AccessMethod> supportedAccessMethods,

        @JsonProperty("change_until_minutes") @NotNull @DecimalMin("0")
        BigDecimal changeUntilMinutes,

        @JsonProperty("cancel_until_minutes") @NotNull @DecimalMin("0")
        BigDecimal cancelUntilMinutes,

        @JsonProperty("change_not_allowed") @Nullable Boolean changeNotAllowed,
        @JsonProperty("early_start_allowed") @Nullable Boolean earlyStartAllowed,

        @JsonProperty("early_start_time") @DecimalMin("0") @Nullable
        BigDecimal earlyStartTime,

        @JsonProperty("noshow_timeout") @DecimalMin("0") @Nullable
        BigDecimal noshowTimeout,

        @JsonProperty("noshow_fee") @Nullable Boolean noshowFee,
        @JsonProperty("late_stop_allowed") @Nullable Boolean lateStopAllowed,

        @JsonProperty("late_stop_time") @DecimalMin("0") @Nullable
        BigDecimal lateStopTime,

        @JsonProperty("overlapping_bookings_allowed") @Nullable
        Boolean overlappingBookingsAllowed,

        @JsonProperty("min_booking_duration") @DecimalMin("0") @Nullable
        BigDecimal minBookingDuration,

        @JsonProperty("max_booking_duration") @DecimalMin("0") @Nullable
        BigDecimal maxBookingDuration,

        @JsonProperty("booking_terms") @Size(max = 255) @Url @Nullable
        String bookingTerms)
        implements CrossFieldRules {

    /** Copies the list; {@code null} becomes empty. */
    public BookingTerms {
        supportedAccessMethods = Lists.copyOf(supportedAccessMethods);
    }

    /** Checks that the shortest booking is not longer than the longest. */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.notMoreThan(
                minBookingDuration, maxBookingDuration, "min_booking_duration", "max_booking_duration", reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingTerms} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingTermsBuilderBase {
        private Builder() {}
    }
}
