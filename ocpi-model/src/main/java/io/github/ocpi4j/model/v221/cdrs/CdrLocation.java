package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
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
