package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Connector is the socket or cable and plug available for the EV to use. A single EVSE may provide multiple
 * Connectors but only one of them can be in use at the same time. A Connector always belongs to an EVSE object.
 *
 * <p>Specification: {@code [[mod_locations_connector_object]]}.
 *
 * @param id {@code id}: Identifier of the Connector within the EVSE. Two Connectors may have the same id as long as
 *     they do not belong to the same EVSE object.
 * @param standard {@code standard}: The standard of the installed connector.
 * @param format {@code format}: The format (socket/cable) of the installed connector.
 * @param powerType {@code power_type}: The power type of the connector.
 * @param maxVoltage {@code max_voltage}: Maximum voltage of the connector (line to neutral for AC_3_PHASE), in volt
 *     [V]. For example: DC Chargers might vary the voltage during charging when battery almost full.
 * @param maxAmperage {@code max_amperage}: Maximum amperage of the connector, in ampere [A].
 * @param maxElectricPower {@code max_electric_power}: Maximum electric power that can be delivered by this connector,
 *     in Watts (W). When the maximum electric power is lower than the calculated value from {@code voltage} and
 *     {@code amperage}, this value should be set. For example: A DC Charge Point which can delivers up to 920V and up
 *     to 400A can be limited to a maximum of 150kW (max_electric_power = 150000). Depending on the car, it may supply
 *     max voltage or current, but not both at the same time. For AC Charge Points, the amount of phases used can also
 *     have influence on the maximum power.
 * @param tariffIds {@code tariff_ids}: Identifiers of the currently valid charging tariffs. Multiple tariffs are
 *     possible, but only one of each Tariff.type can be active at the same time. Tariffs with the same type are only
 *     allowed if they are not active at the same time: start_date_time and end_date_time period not overlapping. When
 *     preference-based smart charging is supported, one tariff for every possible ProfileType should be provided.
 *     These tell the user about the options they have at this Connector, and what the tariff is for every option. For
 *     a "free of charge" tariff, this field should be set and point to a defined "free of charge" tariff.
 * @param termsAndConditions {@code terms_and_conditions}: URL to the operator's terms and conditions.
 * @param lastUpdated {@code last_updated}: Timestamp when this Connector was last updated (or created).
 */
@GenerateBuilder
@GeneratePatch
public record Connector(
        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,
        @JsonProperty("standard") @NotNull ConnectorType standard,
        @JsonProperty("format") @NotNull ConnectorFormat format,
        @JsonProperty("power_type") @NotNull PowerType powerType,
        @JsonProperty("max_voltage") @NotNull Integer maxVoltage,
        @JsonProperty("max_amperage") @NotNull Integer maxAmperage,
        @JsonProperty("max_electric_power") @Nullable Integer maxElectricPower,
        @JsonProperty("tariff_ids") List<@Size(max = 36) CiString> tariffIds,

        @JsonProperty("terms_and_conditions") @Size(max = 255) @Url @Nullable
        String termsAndConditions,

        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public Connector {
        tariffIds = Lists.copyOf(tariffIds);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Connector} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ConnectorBuilderBase {
        private Builder() {}
    }
}
