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
 * The CdrLocation class contains only the relevant information from the Location object that is needed in a CDR.
 *
 * <p>Specification: {@code [[mod_cdrs_cdr_location_class]]}.
 *
 * @param id {@code id}: Uniquely identifies the location within the CPO's platform (and suboperator platforms). This
 *     field can never be changed, modified or renamed.
 * @param name {@code name}: Display name of the location.
 * @param address {@code address}: Street/block name and house number if available.
 * @param city {@code city}: City or town.
 * @param postalCode {@code postal_code}: Postal code of the location, may only be omitted when the location has no
 *     postal code: in some countries charging locations at highways don't have postal codes.
 * @param state {@code state}: State only to be used when relevant.
 * @param country {@code country}: ISO 3166-1 alpha-3 code for the country of this location.
 * @param coordinates {@code coordinates}: Coordinates of the location.
 * @param evseUid {@code evse_uid}: Uniquely identifies the EVSE within the CPO's platform (and suboperator
 *     platforms). For example a database unique ID or the actual EVSE ID. This field can never be changed, modified
 *     or renamed. This is the technical identification of the EVSE, not to be used as human readable identification,
 *     use the field: {@code evse_id} for that. Allowed to be set to: {@code #NA} when this CDR is created for a
 *     reservation that never resulted in a charging session.
 * @param evseId {@code evse_id}: Compliant with the following specification for EVSE ID from "eMI3 standard version
 *     V1.0" (https://web.archive.org/web/20230603153631/https://emi3group.com/documents-links/) "Part 2: business
 *     objects.". Allowed to be set to: {@code #NA} when this CDR is created for a reservation that never resulted in
 *     a charging session.
 * @param connectorId {@code connector_id}: Identifier of the connector within the EVSE. Allowed to be set to: {@code
 *     #NA} when this CDR is created for a reservation that never resulted in a charging session.
 * @param connectorStandard {@code connector_standard}: The standard of the installed connector. When this CDR is
 *     created for a reservation that never resulted in a charging session, this field can be set to any value and
 *     should be ignored by the Receiver.
 * @param connectorFormat {@code connector_format}: The format (socket/cable) of the installed connector. When this
 *     CDR is created for a reservation that never resulted in a charging session, this field can be set to any value
 *     and should be ignored by the Receiver.
 * @param connectorPowerType {@code connector_power_type}: When this CDR is created for a reservation that never
 *     resulted in a charging session, this field can be set to any value and should be ignored by the Receiver.
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
