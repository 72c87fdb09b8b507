package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.v230.locations.ConnectorFormat;
import io.github.ocpi4j.model.v230.locations.ConnectorType;
import io.github.ocpi4j.model.v230.locations.GeoLocation;
import io.github.ocpi4j.model.v230.locations.PowerType;
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
 * @param evseId {@code evse_id}: the EVSE ID people read, in the format of EVRoaming's "E-mobility ID-codes", which
 *     is eMI3's: {@code <country>[*]<operator>[*]E<outlet>}. {@code #NA} for a reservation without a session.
 * @param connectorId {@code connector_id}: the connector's id within its EVSE. {@code #NA} for a reservation without a
 *     session.
 * @param connectorStandard {@code connector_standard}: the connector's standard (plug type); any value, to be ignored,
 *     for a reservation without a session.
 * @param connectorFormat {@code connector_format}: whether the connector is a socket or a cable; any value, to be
 *     ignored, for a reservation without a session.
 * @param connectorPowerType {@code connector_power_type}: the connector's power type (AC phases or DC); any value, to
 *     be ignored, for a reservation without a session.
 */
@GenerateBuilder
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
        return new Builder().from(this);
    }

    /** Builds {@link CdrLocation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CdrLocationBuilderBase {
        private Builder() {}
    }
}
