package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.TimeZoneId;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Location object describes the location and its properties where a group of EVSEs that belong together are
 * installed. Typically, the Location object is the exact location of the group of EVSEs, but it can also be the
 * entrance of a parking garage which contains these EVSEs. The exact way to reach each EVSE can be further specified
 * by its own properties.
 *
 * <p>Specification: {@code [[mod_locations_location_object]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the CPO that 'owns' this Location.
 * @param partyId {@code party_id}: ID of the CPO that 'owns' this Location (following the ISO-15118 standard).
 * @param id {@code id}: Uniquely identifies the location within the CPOs platform (and suboperator platforms). This
 *     field can never be changed, modified or renamed.
 * @param publish {@code publish}: Defines if a Location may be published on an website or app etc. When this is set
 *     to {@code false}, only tokens identified in the field: {@code publish_allowed_to} are allowed to be shown this
 *     Location. When the same location has EVSEs that may be published and may not be published, two 'Locations'
 *     should be created.
 * @param publishAllowedTo {@code publish_allowed_to}: This field may only be used when the {@code publish} field is
 *     set to {@code false}. Only owners of Tokens that match all the set fields of one PublishToken in the list are
 *     allowed to be shown this location.
 * @param name {@code name}: Display name of the location.
 * @param address {@code address}: Street/block name and house number if available.
 * @param city {@code city}: City or town.
 * @param postalCode {@code postal_code}: Postal code of the location, may only be omitted when the location has no
 *     postal code: in some countries charging locations at highways don't have postal codes.
 * @param state {@code state}: State or province of the location, only to be used when relevant.
 * @param country {@code country}: ISO 3166-1 alpha-3 code for the country of this location.
 * @param coordinates {@code coordinates}: Coordinates of the location.
 * @param relatedLocations {@code related_locations}: Geographical location of related points relevant to the user.
 * @param parkingType {@code parking_type}: The general type of parking at the charge point location.
 * @param evses {@code evses}: List of EVSEs that belong to this Location.
 * @param directions {@code directions}: Human-readable directions on how to reach the location.
 * @param operator {@code operator}: Information of the operator. When not specified, the information retrieved from
 *     the Credentials module, selected by the {@code country_code} and {@code party_id} of this Location, should be
 *     used instead.
 * @param suboperator {@code suboperator}: Information of the suboperator if available.
 * @param owner {@code owner}: Information of the owner if available.
 * @param facilities {@code facilities}: Optional list of facilities this charging location directly belongs to.
 * @param timeZone {@code time_zone}: One of IANA tzdata's TZ-values representing the time zone of the location.
 *     Examples: "Europe/Oslo", "Europe/Zurich". (http://www.iana.org/time-zones).
 * @param openingTimes {@code opening_times}: The times when the EVSEs at the location can be accessed for charging.
 * @param chargingWhenClosed {@code charging_when_closed}: Indicates if the EVSEs are still charging outside the
 *     opening hours of the location. E.g. when the parking garage closes its barriers over night, is it allowed to
 *     charge till the next morning? Default: true.
 * @param images {@code images}: Links to images related to the location such as photos or logos.
 * @param energyMix {@code energy_mix}: Details on the energy supplied at this location.
 * @param lastUpdated {@code last_updated}: Timestamp when this Location or one of its EVSEs or Connectors were last
 *     updated (or created).
 */
@GenerateBuilder
@GeneratePatch
public record Location(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,
        @JsonProperty("publish") @NotNull Boolean publish,
        @JsonProperty("publish_allowed_to") List<@Valid PublishTokenType> publishAllowedTo,
        @JsonProperty("name") @Size(max = 255) @Nullable String name,
        @JsonProperty("address") @NotNull @Size(max = 255) String address,
        @JsonProperty("city") @NotNull @Size(max = 45) String city,

        @JsonProperty("postal_code") @Size(max = 10) @Nullable
        String postalCode,

        @JsonProperty("state") @Size(max = 45) @Nullable String state,

        @JsonProperty("country") @NotNull @Size(max = 3) @CountryCode(alpha3 = true)
        String country,

        @JsonProperty("coordinates") @NotNull @Valid GeoLocation coordinates,
        @JsonProperty("related_locations") List<@Valid AdditionalGeoLocation> relatedLocations,
        @JsonProperty("parking_type") @Nullable ParkingType parkingType,
        @JsonProperty("evses") List<@Valid EVSE> evses,
        @JsonProperty("directions") List<@Valid DisplayText> directions,
        @JsonProperty("operator") @Valid @Nullable BusinessDetails operator,
        @JsonProperty("suboperator") @Valid @Nullable BusinessDetails suboperator,
        @JsonProperty("owner") @Valid @Nullable BusinessDetails owner,
        @JsonProperty("facilities") List<Facility> facilities,

        @JsonProperty("time_zone") @NotNull @Size(max = 255) @TimeZoneId
        String timeZone,

        @JsonProperty("opening_times") @Valid @Nullable Hours openingTimes,
        @JsonProperty("charging_when_closed") @Nullable Boolean chargingWhenClosed,
        @JsonProperty("images") List<@Valid Image> images,
        @JsonProperty("energy_mix") @Valid @Nullable EnergyMix energyMix,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Location {
        publishAllowedTo = Lists.copyOf(publishAllowedTo);
        relatedLocations = Lists.copyOf(relatedLocations);
        evses = Lists.copyOf(evses);
        directions = Lists.copyOf(directions);
        facilities = Lists.copyOf(facilities);
        images = Lists.copyOf(images);
    }

    /**
     * Checks that {@code publish_allowed_to} is used only when {@code publish} is {@code false} ({@code
     * [[mod_locations_location_object]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (Boolean.TRUE.equals(publish) && !publishAllowedTo.isEmpty()) {
            reporter.report("publish_allowed_to", "only allowed when publish is false");
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

    /** Builds {@link Location} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends LocationBuilderBase {
        private Builder() {}
    }
}
