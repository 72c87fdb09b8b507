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
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Location of a CPO as far as it can be booked: what can be booked there, on which terms and tariffs, and when
 * ({@link Calendar}). The CPO owns it and pushes it to eMSPs, which may also fetch it.
 *
 * <p>A sentence of the module asks for either a {@code booking_option} or an {@code evse_uid} in every
 * BookingLocation; since Bookings 1.1 the EVSE's uid lives inside the {@code booking_option}, and the table lets the
 * option out. ocpi4j follows the table: {@code booking_option} is optional.
 *
 * <pre>{@code
 * BookingLocation bookable = BookingLocation.builder()
 *         .countryCode("NL").partyId("CPO").id("BL1").locationId("LOC1")
 *         .bookingTerms(terms)
 *         .calendars(List.of(today))
 *         .lastUpdated(now)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_bookinglocation_object]]}.
 *
 * @param countryCode {@code country_code}: the owning CPO's country, as an ISO 3166 alpha-2 code.
 * @param partyId {@code party_id}: the owning CPO's party id, 3 characters as in ISO 15118.
 * @param id {@code id}: the CPO's id of this BookingLocation, at most 36 characters.
 * @param locationId {@code location_id}: the id of the CPO's Location where bookings are made, at most 36
 *     characters.
 * @param bookingOption {@code booking_option}: optional description of what drivers can book here.
 * @param policy {@code policy}: optional; whether a booking is required here, and how many chargers stay open to
 *     drivers without one.
 * @param tariffIds {@code tariff_ids}: the ids of the Tariffs that apply to bookings here, each at most 36
 *     characters.
 * @param bookingTerms {@code booking_terms}: optional conditions of booking here.
 * @param calendars {@code calendars}: when the Location can be booked; no two share an id.
 * @param lastUpdated {@code last_updated}: when the CPO last changed the BookingLocation or one of its calendars.
 */
@GenerateBuilder
@GeneratePatch
public record BookingLocation(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("booking_option") @Valid @Nullable BookingOption bookingOption,
        @JsonProperty("policy") @Valid @Nullable Policy policy,
        @JsonProperty("tariff_ids") List<@Size(max = 36) CiString> tariffIds,
        @JsonProperty("booking_terms") @Valid @Nullable BookingTerms bookingTerms,
        @JsonProperty("calendars") List<@Valid Calendar> calendars,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public BookingLocation {
        tariffIds = Lists.copyOf(tariffIds);
        calendars = Lists.copyOf(calendars);
    }

    /**
     * Checks that no two calendars share an id: a partner fetches or PATCHes a calendar by its id under the
     * BookingLocation ({@code [[mod_bookings_get_booking_location_calendar]]}). Ids compare ignoring case.
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.unique(
                calendars,
                calendar -> calendar.id() == null ? null : List.of(calendar.id()),
                "calendars",
                "id must be unique within the BookingLocation",
                reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingLocation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingLocationBuilderBase {
        private Builder() {}
    }
}
