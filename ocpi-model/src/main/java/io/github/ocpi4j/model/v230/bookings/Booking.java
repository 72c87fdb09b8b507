package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Formats;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booking of a {@link BookingLocation}: the CPO's answer to an eMSP's {@link BookingRequest}, with the time and
 * place held for the driver, the tokens that may use it, the terms accepted, and every request made about it. The CPO
 * owns it and pushes it to the eMSP as it changes.
 *
 * <p>Its {@code reservation_status} moves along the lifecycle that {@link BookingLifecycle} enforces; {@link
 * BookingRules} gives the instants its terms imply, and {@link BookingMatcher} finds the booking a session fulfils.
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_booking_object]]}.
 *
 * @param id {@code id}: the CPO's id of the booking, at most 36 characters.
 * @param countryCode {@code country_code}: the owning CPO's country, as an ISO 3166 alpha-2 code.
 * @param partyId {@code party_id}: the owning CPO's party id, 3 characters as in ISO 15118.
 * @param requestId {@code request_id}: the eMSP's id of the booking, at most 36 characters; every request in {@code
 *     booking_requests} carries it too.
 * @param bookingOption {@code booking_option}: optional description of what was booked at the Location, such as the
 *     EVSE.
 * @param locationId {@code location_id}: the id of the CPO's Location booked, at most 36 characters.
 * @param bookingTokens {@code booking_tokens}: the tokens the driver may charge with on the booking.
 * @param tariffIds {@code tariff_ids}: the ids of the Tariffs that apply to the booking, each at most 36 characters.
 * @param period {@code period}: the time held for the driver, with the power on offer in it.
 * @param reservationStatus {@code reservation_status}: where the booking stands in its lifecycle.
 * @param canceled {@code canceled}: optional; set when the booking is cancelled, saying why and by which side.
 * @param accessInformation {@code access_information}: what the driver gives to get onto the site.
 * @param authorizationReference {@code authorization_reference}: the reference that the booking's Session and CDR
 *     carry, at most 36 characters.
 * @param bookingTerms {@code booking_terms}: the terms the booking was made on.
 * @param bookingRequests {@code booking_requests}: every request the eMSP made about the booking, in the order
 *     received, with the CPO's answer to each; at least one.
 * @param lastUpdated {@code last_updated}: when the CPO last changed the booking.
 */
@GenerateBuilder
@GeneratePatch
public record Booking(
        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("request_id") @NotNull @Size(max = 36) @UrlSegment
        CiString requestId,

        @JsonProperty("booking_option") @Valid @Nullable BookingOption bookingOption,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("booking_tokens") List<@Valid BookingToken> bookingTokens,
        @JsonProperty("tariff_ids") List<@Size(max = 36) CiString> tariffIds,
        @JsonProperty("period") @NotNull @Valid Timeslot period,
        @JsonProperty("reservation_status") @NotNull ReservationStatus reservationStatus,
        @JsonProperty("canceled") @Valid @Nullable Cancellation canceled,
        @JsonProperty("access_information") List<@Valid AccessInformation> accessInformation,

        @JsonProperty("authorization_reference") @NotNull @Size(max = 36)
        CiString authorizationReference,

        @JsonProperty("booking_terms") @NotNull @Valid BookingTerms bookingTerms,
        @JsonProperty("booking_requests") @NotEmpty List<@Valid BookingRequestStatus> bookingRequests,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Booking {
        bookingTokens = Lists.copyOf(bookingTokens);
        tariffIds = Lists.copyOf(tariffIds);
        accessInformation = Lists.copyOf(accessInformation);
        bookingRequests = Lists.copyOf(bookingRequests);
    }

    /**
     * Checks that every request in {@code booking_requests} carries the booking's {@code request_id}: all requests
     * about one booking share it ({@code [[mod_bookings_booking_object]]}). Ids compare ignoring case.
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (requestId == null) {
            return;
        }
        for (int i = 0; i < bookingRequests.size(); i++) {
            BookingRequestStatus status = bookingRequests.get(i);
            BookingRequest request = status == null ? null : status.bookingRequest();
            if (request != null && request.requestId() != null && !requestId.equals(request.requestId())) {
                reporter.report(
                        "booking_requests[" + i + "].booking_request.request_id",
                        "must equal the booking's request_id " + Formats.quote(requestId));
            }
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Booking} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingBuilderBase {
        private Builder() {}
    }
}
