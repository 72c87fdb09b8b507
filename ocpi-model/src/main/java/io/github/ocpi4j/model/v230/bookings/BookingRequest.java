package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An eMSP's request to book a {@link BookingLocation}, to change a booking, or (with {@code canceled} set) to cancel
 * it. The eMSP POSTs it whole to the CPO; every request about one booking carries the same {@code request_id}, and
 * the {@link Booking} lists them all with the CPO's answer to each ({@link BookingRequestStatus}). The module defines
 * no PATCH of a request: a change is a new request.
 *
 * <pre>{@code
 * BookingRequest request = BookingRequest.builder()
 *         .countryCode("NL").partyId("EMS").requestId("RQ-1")
 *         .locationId("LOC1").bookingLocationId("BL1")
 *         .period(Period.builder().startDateTime(start).endDateTime(start.plusSeconds(3600)).build())
 *         .authorizationReference("AUTH-1")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_request_class]]}.
 *
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the eMSP that asks.
 * @param partyId {@code party_id}: the ISO-15118 party id of the eMSP that asks.
 * @param requestId {@code request_id}: the eMSP's id of the booking it asks for, at most 36 characters; the same in
 *     every later request that changes or cancels that booking.
 * @param bookingOption {@code booking_option}: optional choice of what to book at the Location.
 * @param locationId {@code location_id}: the id of the CPO's Location to charge at, at most 36 characters.
 * @param bookingLocationId {@code booking_location_id}: the id of the {@link BookingLocation} booked, at most 36
 *     characters.
 * @param tokens {@code tokens}: the tokens the driver may charge with on the booking.
 * @param accessInformation {@code access_information}: what the driver gives to get onto the site.
 * @param period {@code period}: the time asked for.
 * @param authorizationReference {@code authorization_reference}: the reference that the booking's Session and CDR
 *     will carry, at most 36 characters.
 * @param powerRequired {@code power_required}: optional power asked for, in kW (while a {@link Timeslot}'s powers are
 *     in W); when it is less than the most available, the CPO may give the rest to other sessions.
 * @param canceled {@code canceled}: set to ask for the booking to be cancelled, saying why.
 */
@GenerateBuilder
public record BookingRequest(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("request_id") @NotNull @Size(max = 36) CiString requestId,
        @JsonProperty("booking_option") @Valid @Nullable BookingOption bookingOption,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("booking_location_id") @NotNull @Size(max = 36)
        CiString bookingLocationId,

        @JsonProperty("tokens") List<@Valid BookingToken> tokens,
        @JsonProperty("access_information") List<@Valid AccessInformation> accessInformation,
        @JsonProperty("period") @NotNull @Valid Period period,

        @JsonProperty("authorization_reference") @NotNull @Size(max = 36)
        CiString authorizationReference,

        @JsonProperty("power_required") @Min(0) @Nullable Integer powerRequired,
        @JsonProperty("canceled") @Valid @Nullable Cancellation canceled) {

    /** Copies the lists; {@code null} becomes empty. */
    public BookingRequest {
        tokens = Lists.copyOf(tokens);
        accessInformation = Lists.copyOf(accessInformation);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingRequest} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingRequestBuilderBase {
        private Builder() {}
    }
}
