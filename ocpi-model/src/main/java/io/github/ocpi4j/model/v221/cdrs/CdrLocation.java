package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.PowerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a CDR's session took place: the part of a Location, with only the EVSE and connector used, that a CDR needs.
 * It keeps the values as they were when the session started.
 *
 * <p>For a CDR of a reservation that never became a charging session, {@code evse_uid}, {@code evse_id} and {@code
 * connector_id} may be {@code #NA}, and the three connector fields may hold any value, which the receiver should
 * ignore.
 *
 * <p>Specification: {@code [[mod_cdrs_cdr_location_class]]}.
 *
 * @param id {@code id}: the CPO's id of the location (including its sub-operators' platforms); it never changes.
 * @param name {@code name}: the location's display name, optional.
 * @param address {@code address}: street and, where there is one, house number.
 * @param city {@code city}: the city or town.
 * @param postalCode {@code postal_code}: the postal code; leave it out only if the location has none (as some
 *     motorway sites do not).
 * @param state {@code state}: the state or province, only where that matters.
 * @param country {@code country}: the country, as an ISO 3166-1 alpha-3 code.
 * @param coordinates {@code coordinates}: the location's geographic position.
 * @param evseUid {@code evse_uid}: the CPO's stable technical id of the EVSE (a database key, or the EVSE ID itself);
 *     it never changes and is not meant for people, who see {@code evse_id}. {@code #NA} for a reservation without a
 *     session.
 * @param evseId {@code evse_id}: the EVSE ID people read, in the eMI3 V1.0 format ("Part 2: business objects").
 *     {@code #NA} for a reservation without a session.
 * @param connectorId {@code connector_id}: the connector's id within its EVSE. {@code #NA} for a reservation without a
 *     session.
 * @param connectorStandard {@code connector_standard}: the connector's standard (plug type); any value, to be ignored,
 *     for a reservation without a session.
 * @param connectorFormat {@code connector_format}: whether the connector is a socket or a cable; any value, to be
 *     ignored, for a reservation without a session.
 * @param connectorPowerType {@code connector_power_type}: the connector's power type (AC phases or DC); any value, to
 *     be ignored, for a reservation without a session.
 */
public record CdrLocation(
        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,
        @JsonProperty("name") @Size(max = 255) @Nullable String name,
        @JsonProperty("address") @NotNull @Size(max = 45) String address,
        @JsonProperty("city") @NotNull @Size(max = 45) String city,

        @JsonProperty("postal_code") @Size(max = 10) @Nullable
        String postalCode,

        @JsonProperty("state") @Size(max = 20) @Nullable String state,

        @JsonProperty("country") @NotNull @Size(max = 3) @CountryCode(alpha3 = true)
        String country,

        @JsonProperty("coordinates") @NotNull @Valid GeoLocation coordinates,
        @JsonProperty("evse_uid") @NotNull @Size(max = 36) CiString evseUid,

        @JsonProperty("evse_id") @NotNull @Size(max = 48) @EvseId
        CiString evseId,

        @JsonProperty("connector_id") @NotNull @Size(max = 36)
        CiString connectorId,

        @JsonProperty("connector_standard") @NotNull ConnectorType connectorStandard,
        @JsonProperty("connector_format") @NotNull ConnectorFormat connectorFormat,
        @JsonProperty("connector_power_type") @NotNull PowerType connectorPowerType) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link CdrLocation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable CiString id;
        private @Nullable String name;
        private @Nullable String address;
        private @Nullable String city;
        private @Nullable String postalCode;
        private @Nullable String state;
        private @Nullable String country;
        private @Nullable GeoLocation coordinates;
        private @Nullable CiString evseUid;
        private @Nullable CiString evseId;
        private @Nullable CiString connectorId;
        private @Nullable ConnectorType connectorStandard;
        private @Nullable ConnectorFormat connectorFormat;
        private @Nullable PowerType connectorPowerType;

        private Builder() {}

        private Builder(CdrLocation from) {
            id = from.id;
            name = from.name;
            address = from.address;
            city = from.city;
            postalCode = from.postalCode;
            state = from.state;
            country = from.country;
            coordinates = from.coordinates;
            evseUid = from.evseUid;
            evseId = from.evseId;
            connectorId = from.connectorId;
            connectorStandard = from.connectorStandard;
            connectorFormat = from.connectorFormat;
            connectorPowerType = from.connectorPowerType;
        }

        /** Sets {@link CdrLocation#id()}. */
        public Builder id(@Nullable CiString id) {
            this.id = id;
            return this;
        }

        /** Sets {@link CdrLocation#id()} from its spelling. */
        public Builder id(@Nullable String id) {
            return id(CiString.ofNullable(id));
        }

        /** Sets {@link CdrLocation#name()}. */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link CdrLocation#address()}. */
        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        /** Sets {@link CdrLocation#city()}. */
        public Builder city(@Nullable String city) {
            this.city = city;
            return this;
        }

        /** Sets {@link CdrLocation#postalCode()}. */
        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets {@link CdrLocation#state()}. */
        public Builder state(@Nullable String state) {
            this.state = state;
            return this;
        }

        /** Sets {@link CdrLocation#country()}. */
        public Builder country(@Nullable String country) {
            this.country = country;
            return this;
        }

        /** Sets {@link CdrLocation#coordinates()}. */
        public Builder coordinates(@Nullable GeoLocation coordinates) {
            this.coordinates = coordinates;
            return this;
        }

        /** Sets {@link CdrLocation#evseUid()}. */
        public Builder evseUid(@Nullable CiString evseUid) {
            this.evseUid = evseUid;
            return this;
        }

        /** Sets {@link CdrLocation#evseUid()} from its spelling. */
        public Builder evseUid(@Nullable String evseUid) {
            return evseUid(CiString.ofNullable(evseUid));
        }

        /** Sets {@link CdrLocation#evseId()}. */
        public Builder evseId(@Nullable CiString evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@link CdrLocation#evseId()} from its spelling. */
        public Builder evseId(@Nullable String evseId) {
            return evseId(CiString.ofNullable(evseId));
        }

        /** Sets {@link CdrLocation#connectorId()}. */
        public Builder connectorId(@Nullable CiString connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@link CdrLocation#connectorId()} from its spelling. */
        public Builder connectorId(@Nullable String connectorId) {
            return connectorId(CiString.ofNullable(connectorId));
        }

        /** Sets {@link CdrLocation#connectorStandard()}. */
        public Builder connectorStandard(@Nullable ConnectorType connectorStandard) {
            this.connectorStandard = connectorStandard;
            return this;
        }

        /** Sets {@link CdrLocation#connectorFormat()}. */
        public Builder connectorFormat(@Nullable ConnectorFormat connectorFormat) {
            this.connectorFormat = connectorFormat;
            return this;
        }

        /** Sets {@link CdrLocation#connectorPowerType()}. */
        public Builder connectorPowerType(@Nullable PowerType connectorPowerType) {
            this.connectorPowerType = connectorPowerType;
            return this;
        }

        /** Returns the {@link CdrLocation}. */
        public CdrLocation build() {
            return new CdrLocation(
                    id,
                    name,
                    address,
                    city,
                    postalCode,
                    state,
                    country,
                    coordinates,
                    evseUid,
                    evseId,
                    connectorId,
                    connectorStandard,
                    connectorFormat,
                    connectorPowerType);
        }
    }
}
