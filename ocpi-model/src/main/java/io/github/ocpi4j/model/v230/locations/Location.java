package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.TimeZoneId;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Formats;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One CPO's site: a group of EVSEs installed together, with their parking places. Its coordinates usually mark the
 * EVSEs themselves, but may mark, say, the entrance of the garage they are in; each EVSE's own fields lead the way
 * from there.
 *
 * <p>If {@code publish} is {@code false}, apps and websites (of any party, eMSP or NSP) must not show the location,
 * except to a driver whose token matches every field set in one entry of {@code publish_allowed_to}. Such a token
 * still can't be used to start a session through an eMSP that did not issue it.
 *
 * <p>Specification: {@code [[mod_locations_location_object]]}.
 *
 * @param countryCode {@code country_code}: the owning CPO's country, as an ISO 3166 alpha-2 code.
 * @param partyId {@code party_id}: the owning CPO's party id, 3 characters as in ISO 15118.
 * @param id {@code id}: the CPO's permanent id of the location, at most 36 characters, unique across its platform and
 *     those of its suboperators; it never changes.
 * @param publish {@code publish}: whether apps and websites may show the location to everyone. If {@code false}, only
 *     holders of the tokens in {@code publish_allowed_to} may see it. A site with both public and hidden EVSEs should
 *     be sent as two locations.
 * @param publishAllowedTo {@code publish_allowed_to}: the tokens whose holders may see a hidden location; a driver's
 *     token must match every field set in one entry. Only allowed when {@code publish} is {@code false}.
 * @param name {@code name}: optional name to display, at most 255 characters.
 * @param address {@code address}: the street or block, and the house number if there is one; at most 255 characters.
 * @param city {@code city}: the city or town, at most 45 characters.
 * @param postalCode {@code postal_code}: the postal code, at most 10 characters. Leave it out only where the site has
 *     none, as happens with motorway sites in some countries.
 * @param state {@code state}: optional state or province, where it matters; at most 45 characters.
 * @param country {@code country}: ISO 3166-1 alpha-3 code of the location's country.
 * @param coordinates {@code coordinates}: the location's position.
 * @param relatedLocations {@code related_locations}: other points that matter to a driver, such as entrances.
 * @param parkingType {@code parking_type}: optional kind of parking at the site.
 * @param evses {@code evses}: the location's EVSEs.
 * @param parkingPlaces {@code parking_places}: the places where vehicles can stand while they charge here (new in
 *     2.3.0). Each has an id of its own within the location, and every {@link EVSEParking#parkingId()} of the
 *     location's EVSEs must name one of them.
 * @param directions {@code directions}: texts telling a driver how to get to the location.
 * @param operator {@code operator}: the operator's details. When absent, use the business details that the CPO with
 *     this {@code country_code} and {@code party_id} gave in the credentials module.
 * @param suboperator {@code suboperator}: the suboperator's details, if there is one.
 * @param owner {@code owner}: the owner's details, if known.
 * @param facilities {@code facilities}: facilities the site is part of, such as a hotel or a train station.
 * @param timeZone {@code time_zone}: the site's time zone as an IANA tz database name, such as {@code Europe/Oslo}.
 * @param openingTimes {@code opening_times}: optional hours in which drivers can reach the EVSEs to charge.
 * @param chargingWhenClosed {@code charging_when_closed}: whether a car goes on charging after closing time, for
 *     example in a garage that shuts its gates at night. Absent means {@code true}.
 * @param images {@code images}: photos, logos and other pictures of the location.
 * @param energyMix {@code energy_mix}: optional details of the energy supplied at the site.
 * @param helpPhone {@code help_phone}: optional phone number a driver at the site can call for help, usually the
 *     CPO's customer service; at most 25 characters (new in 2.3.0).
 * @param lastUpdated {@code last_updated}: when the CPO last changed the location, one of its EVSEs or one of their
 *     connectors, or created it.
 */
@GenerateBuilder
@GeneratePatch
public record Location(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

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
        @JsonProperty("parking_places") List<@Valid Parking> parkingPlaces,
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

        @JsonProperty("help_phone") @Size(max = 25) @Nullable
        CiString helpPhone,

        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Location {
        publishAllowedTo = Lists.copyOf(publishAllowedTo);
        relatedLocations = Lists.copyOf(relatedLocations);
        evses = Lists.copyOf(evses);
        parkingPlaces = Lists.copyOf(parkingPlaces);
        directions = Lists.copyOf(directions);
        facilities = Lists.copyOf(facilities);
        images = Lists.copyOf(images);
    }

    /**
     * Checks that {@code publish_allowed_to} is used only when {@code publish} is {@code false} ({@code
     * [[mod_locations_location_object]]}), that no two {@code parking_places} share an id ({@code
     * [[mod_locations_parking_object]]}), and that every EVSE's {@code parking} names one of the {@code
     * parking_places} ({@code [[mod_locations_evseparking_class]]}). Ids compare ignoring case, as CiStrings do.
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (Boolean.TRUE.equals(publish) && !publishAllowedTo.isEmpty()) {
            reporter.report("publish_allowed_to", "only allowed when publish is false");
        }
        Map<CiString, Integer> places = new HashMap<>();
        for (int i = 0; i < parkingPlaces.size(); i++) {
            Parking place = parkingPlaces.get(i);
            if (place == null || place.id() == null) {
                continue;
            }
            Integer first = places.putIfAbsent(place.id(), i);
            if (first != null) {
                reporter.report(
                        "parking_places[" + i + "].id",
                        "must be unique within the Location: parking_places[" + first + "] has the same id");
            }
        }
        for (int e = 0; e < evses.size(); e++) {
            List<EVSEParking> links =
                    evses.get(e) == null ? List.of() : evses.get(e).parking();
            for (int p = 0; p < links.size(); p++) {
                EVSEParking link = links.get(p);
                if (link != null && link.parkingId() != null && !places.containsKey(link.parkingId())) {
                    reporter.report(
                            "evses[" + e + "].parking[" + p + "].parking_id",
                            "must name one of the Location's parking_places: no place has the id "
                                    + Formats.quote(link.parkingId()));
                }
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

    /** Builds {@link Location} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends LocationBuilderBase {
        private Builder() {}
    }
}
