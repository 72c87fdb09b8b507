package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.TimeZoneId;
import io.github.ocpi4j.model.internal.Patches;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a PATCH of a {@link Location}: only the fields to change, each {@link PatchField#absent() absent}
 * (unchanged), {@code null} or a new value, and always {@code last_updated} ({@code
 * [[transport_and_format_patch]]}).
 * A PATCH may not set a field that {@link Location} requires to {@code null}.
 *
 * <pre>{@code
 * LocationPatch patch = LocationPatch.builder().lastUpdated(Instant.now()).build();
 * Location updated = patch.applyTo(current);
 * }</pre>
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
public record LocationPatch(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        PatchField<CiString> countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        PatchField<CiString> partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) PatchField<CiString> id,
        @JsonProperty("publish") @NotNull PatchField<Boolean> publish,
        @JsonProperty("publish_allowed_to") PatchField<List<@Valid PublishTokenType>> publishAllowedTo,
        @JsonProperty("name") @Size(max = 255) PatchField<String> name,
        @JsonProperty("address") @NotNull @Size(max = 255) PatchField<String> address,
        @JsonProperty("city") @NotNull @Size(max = 45) PatchField<String> city,
        @JsonProperty("postal_code") @Size(max = 10) PatchField<String> postalCode,
        @JsonProperty("state") @Size(max = 45) PatchField<String> state,

        @JsonProperty("country") @NotNull @Size(max = 3) @CountryCode(alpha3 = true)
        PatchField<String> country,

        @JsonProperty("coordinates") @NotNull PatchField<@Valid GeoLocation> coordinates,
        @JsonProperty("related_locations") PatchField<List<@Valid AdditionalGeoLocation>> relatedLocations,
        @JsonProperty("parking_type") PatchField<ParkingType> parkingType,
        @JsonProperty("evses") PatchField<List<@Valid EVSE>> evses,
        @JsonProperty("directions") PatchField<List<@Valid DisplayText>> directions,
        @JsonProperty("operator") PatchField<@Valid BusinessDetails> operator,
        @JsonProperty("suboperator") PatchField<@Valid BusinessDetails> suboperator,
        @JsonProperty("owner") PatchField<@Valid BusinessDetails> owner,
        @JsonProperty("facilities") PatchField<List<Facility>> facilities,

        @JsonProperty("time_zone") @NotNull @Size(max = 255) @TimeZoneId
        PatchField<String> timeZone,

        @JsonProperty("opening_times") PatchField<@Valid Hours> openingTimes,
        @JsonProperty("charging_when_closed") PatchField<Boolean> chargingWhenClosed,
        @JsonProperty("images") PatchField<List<@Valid Image>> images,
        @JsonProperty("energy_mix") PatchField<@Valid EnergyMix> energyMix,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Makes {@code null} fields absent. */
    public LocationPatch {
        countryCode = Patches.orAbsent(countryCode);
        partyId = Patches.orAbsent(partyId);
        id = Patches.orAbsent(id);
        publish = Patches.orAbsent(publish);
        publishAllowedTo = Patches.orAbsent(publishAllowedTo);
        name = Patches.orAbsent(name);
        address = Patches.orAbsent(address);
        city = Patches.orAbsent(city);
        postalCode = Patches.orAbsent(postalCode);
        state = Patches.orAbsent(state);
        country = Patches.orAbsent(country);
        coordinates = Patches.orAbsent(coordinates);
        relatedLocations = Patches.orAbsent(relatedLocations);
        parkingType = Patches.orAbsent(parkingType);
        evses = Patches.orAbsent(evses);
        directions = Patches.orAbsent(directions);
        operator = Patches.orAbsent(operator);
        suboperator = Patches.orAbsent(suboperator);
        owner = Patches.orAbsent(owner);
        facilities = Patches.orAbsent(facilities);
        timeZone = Patches.orAbsent(timeZone);
        openingTimes = Patches.orAbsent(openingTimes);
        chargingWhenClosed = Patches.orAbsent(chargingWhenClosed);
        images = Patches.orAbsent(images);
        energyMix = Patches.orAbsent(energyMix);
    }

    /** Returns {@code location} with this PATCH applied: the fields it mentions replaced, the others kept. */
    public Location applyTo(Location location) {
        return new Location(
                countryCode.applyTo(location.countryCode()),
                partyId.applyTo(location.partyId()),
                id.applyTo(location.id()),
                publish.applyTo(location.publish()),
                publishAllowedTo.applyTo(location.publishAllowedTo()),
                name.applyTo(location.name()),
                address.applyTo(location.address()),
                city.applyTo(location.city()),
                postalCode.applyTo(location.postalCode()),
                state.applyTo(location.state()),
                country.applyTo(location.country()),
                coordinates.applyTo(location.coordinates()),
                relatedLocations.applyTo(location.relatedLocations()),
                parkingType.applyTo(location.parkingType()),
                evses.applyTo(location.evses()),
                directions.applyTo(location.directions()),
                operator.applyTo(location.operator()),
                suboperator.applyTo(location.suboperator()),
                owner.applyTo(location.owner()),
                facilities.applyTo(location.facilities()),
                timeZone.applyTo(location.timeZone()),
                openingTimes.applyTo(location.openingTimes()),
                chargingWhenClosed.applyTo(location.chargingWhenClosed()),
                images.applyTo(location.images()),
                energyMix.applyTo(location.energyMix()),
                lastUpdated);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link LocationPatch} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private PatchField<CiString> countryCode = PatchField.absent();
        private PatchField<CiString> partyId = PatchField.absent();
        private PatchField<CiString> id = PatchField.absent();
        private PatchField<Boolean> publish = PatchField.absent();
        private PatchField<List<PublishTokenType>> publishAllowedTo = PatchField.absent();
        private PatchField<String> name = PatchField.absent();
        private PatchField<String> address = PatchField.absent();
        private PatchField<String> city = PatchField.absent();
        private PatchField<String> postalCode = PatchField.absent();
        private PatchField<String> state = PatchField.absent();
        private PatchField<String> country = PatchField.absent();
        private PatchField<GeoLocation> coordinates = PatchField.absent();
        private PatchField<List<AdditionalGeoLocation>> relatedLocations = PatchField.absent();
        private PatchField<ParkingType> parkingType = PatchField.absent();
        private PatchField<List<EVSE>> evses = PatchField.absent();
        private PatchField<List<DisplayText>> directions = PatchField.absent();
        private PatchField<BusinessDetails> operator = PatchField.absent();
        private PatchField<BusinessDetails> suboperator = PatchField.absent();
        private PatchField<BusinessDetails> owner = PatchField.absent();
        private PatchField<List<Facility>> facilities = PatchField.absent();
        private PatchField<String> timeZone = PatchField.absent();
        private PatchField<Hours> openingTimes = PatchField.absent();
        private PatchField<Boolean> chargingWhenClosed = PatchField.absent();
        private PatchField<List<Image>> images = PatchField.absent();
        private PatchField<EnergyMix> energyMix = PatchField.absent();
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(LocationPatch from) {
            countryCode = from.countryCode;
            partyId = from.partyId;
            id = from.id;
            publish = from.publish;
            publishAllowedTo = from.publishAllowedTo;
            name = from.name;
            address = from.address;
            city = from.city;
            postalCode = from.postalCode;
            state = from.state;
            country = from.country;
            coordinates = from.coordinates;
            relatedLocations = from.relatedLocations;
            parkingType = from.parkingType;
            evses = from.evses;
            directions = from.directions;
            operator = from.operator;
            suboperator = from.suboperator;
            owner = from.owner;
            facilities = from.facilities;
            timeZone = from.timeZone;
            openingTimes = from.openingTimes;
            chargingWhenClosed = from.chargingWhenClosed;
            images = from.images;
            energyMix = from.energyMix;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link LocationPatch#countryCode()}. */
        public Builder countryCode(@Nullable CiString countryCode) {
            this.countryCode = PatchField.ofNullable(countryCode);
            return this;
        }

        /** Sets {@link LocationPatch#countryCode()} from its spelling. */
        public Builder countryCode(@Nullable String countryCode) {
            return countryCode(CiString.ofNullable(countryCode));
        }

        /** Sets {@link LocationPatch#partyId()}. */
        public Builder partyId(@Nullable CiString partyId) {
            this.partyId = PatchField.ofNullable(partyId);
            return this;
        }

        /** Sets {@link LocationPatch#partyId()} from its spelling. */
        public Builder partyId(@Nullable String partyId) {
            return partyId(CiString.ofNullable(partyId));
        }

        /** Sets {@link LocationPatch#id()}. */
        public Builder id(@Nullable CiString id) {
            this.id = PatchField.ofNullable(id);
            return this;
        }

        /** Sets {@link LocationPatch#id()} from its spelling. */
        public Builder id(@Nullable String id) {
            return id(CiString.ofNullable(id));
        }

        /** Sets {@link LocationPatch#publish()}. */
        public Builder publish(@Nullable Boolean publish) {
            this.publish = PatchField.ofNullable(publish);
            return this;
        }

        /** Sets {@link LocationPatch#publishAllowedTo()}. */
        public Builder publishAllowedTo(@Nullable List<PublishTokenType> publishAllowedTo) {
            this.publishAllowedTo = PatchField.ofNullable(publishAllowedTo);
            return this;
        }

        /** Sets {@link LocationPatch#name()}. */
        public Builder name(@Nullable String name) {
            this.name = PatchField.ofNullable(name);
            return this;
        }

        /** Sets {@link LocationPatch#address()}. */
        public Builder address(@Nullable String address) {
            this.address = PatchField.ofNullable(address);
            return this;
        }

        /** Sets {@link LocationPatch#city()}. */
        public Builder city(@Nullable String city) {
            this.city = PatchField.ofNullable(city);
            return this;
        }

        /** Sets {@link LocationPatch#postalCode()}. */
        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = PatchField.ofNullable(postalCode);
            return this;
        }

        /** Sets {@link LocationPatch#state()}. */
        public Builder state(@Nullable String state) {
            this.state = PatchField.ofNullable(state);
            return this;
        }

        /** Sets {@link LocationPatch#country()}. */
        public Builder country(@Nullable String country) {
            this.country = PatchField.ofNullable(country);
            return this;
        }

        /** Sets {@link LocationPatch#coordinates()}. */
        public Builder coordinates(@Nullable GeoLocation coordinates) {
            this.coordinates = PatchField.ofNullable(coordinates);
            return this;
        }

        /** Sets {@link LocationPatch#relatedLocations()}. */
        public Builder relatedLocations(@Nullable List<AdditionalGeoLocation> relatedLocations) {
            this.relatedLocations = PatchField.ofNullable(relatedLocations);
            return this;
        }

        /** Sets {@link LocationPatch#parkingType()}. */
        public Builder parkingType(@Nullable ParkingType parkingType) {
            this.parkingType = PatchField.ofNullable(parkingType);
            return this;
        }

        /** Sets {@link LocationPatch#evses()}. */
        public Builder evses(@Nullable List<EVSE> evses) {
            this.evses = PatchField.ofNullable(evses);
            return this;
        }

        /** Sets {@link LocationPatch#directions()}. */
        public Builder directions(@Nullable List<DisplayText> directions) {
            this.directions = PatchField.ofNullable(directions);
            return this;
        }

        /** Sets {@link LocationPatch#operator()}. */
        public Builder operator(@Nullable BusinessDetails operator) {
            this.operator = PatchField.ofNullable(operator);
            return this;
        }

        /** Sets {@link LocationPatch#suboperator()}. */
        public Builder suboperator(@Nullable BusinessDetails suboperator) {
            this.suboperator = PatchField.ofNullable(suboperator);
            return this;
        }

        /** Sets {@link LocationPatch#owner()}. */
        public Builder owner(@Nullable BusinessDetails owner) {
            this.owner = PatchField.ofNullable(owner);
            return this;
        }

        /** Sets {@link LocationPatch#facilities()}. */
        public Builder facilities(@Nullable List<Facility> facilities) {
            this.facilities = PatchField.ofNullable(facilities);
            return this;
        }

        /** Sets {@link LocationPatch#timeZone()}. */
        public Builder timeZone(@Nullable String timeZone) {
            this.timeZone = PatchField.ofNullable(timeZone);
            return this;
        }

        /** Sets {@link LocationPatch#openingTimes()}. */
        public Builder openingTimes(@Nullable Hours openingTimes) {
            this.openingTimes = PatchField.ofNullable(openingTimes);
            return this;
        }

        /** Sets {@link LocationPatch#chargingWhenClosed()}. */
        public Builder chargingWhenClosed(@Nullable Boolean chargingWhenClosed) {
            this.chargingWhenClosed = PatchField.ofNullable(chargingWhenClosed);
            return this;
        }

        /** Sets {@link LocationPatch#images()}. */
        public Builder images(@Nullable List<Image> images) {
            this.images = PatchField.ofNullable(images);
            return this;
        }

        /** Sets {@link LocationPatch#energyMix()}. */
        public Builder energyMix(@Nullable EnergyMix energyMix) {
            this.energyMix = PatchField.ofNullable(energyMix);
            return this;
        }

        /** Sets {@link LocationPatch#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link LocationPatch}. */
        public LocationPatch build() {
            return new LocationPatch(
                    countryCode,
                    partyId,
                    id,
                    publish,
                    publishAllowedTo,
                    name,
                    address,
                    city,
                    postalCode,
                    state,
                    country,
                    coordinates,
                    relatedLocations,
                    parkingType,
                    evses,
                    directions,
                    operator,
                    suboperator,
                    owner,
                    facilities,
                    timeZone,
                    openingTimes,
                    chargingWhenClosed,
                    images,
                    energyMix,
                    lastUpdated);
        }
    }
}
