package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One socket, or one fixed cable with its plug, of an {@link EVSE}. Each connector is part of exactly one EVSE; an
 * EVSE may offer several, but a car can use only one of them at any moment.
 *
 * <p>Specification: {@code [[mod_locations_connector_object]]}.
 *
 * @param id {@code id}: the connector's id, at most 36 characters. It only has to be unique inside its EVSE;
 *     connectors of different EVSEs may share it.
 * @param standard {@code standard}: the plug or socket standard fitted, such as {@link ConnectorType#IEC_62196_T2}.
 * @param format {@code format}: whether the driver plugs into a socket or uses the charger's own cable.
 * @param powerType {@code power_type}: AC with one, two or three phases, or DC.
 * @param maxVoltage {@code max_voltage}: the highest voltage on offer, in volts (V); for {@code AC_3_PHASE} it is
 *     measured between a line and neutral. A DC charger may lower it while the battery fills up.
 * @param maxAmperage {@code max_amperage}: the highest current on offer, in amperes (A).
 * @param maxElectricPower {@code max_electric_power}: optional cap on the power, in watts (W). Send it when the
 *     connector delivers less than voltage times current: a DC unit rated 920 V and 400 A that is capped at 150 kW
 *     sends {@code 150000}, as it reaches full voltage or full current, never both at once. On AC, the number of
 *     phases in use also limits the power.
 * @param tariffIds {@code tariff_ids}: ids (each at most 36 characters) of the tariffs that apply here now. The list
 *     may hold several, but for each {@code Tariff.type} only one may be in force at a time, so tariffs of one type
 *     need validity periods ({@code start_date_time} to {@code end_date_time}) that don't overlap. With
 *     preference-based smart charging, list one tariff per {@code ProfileType} so the driver sees the price of each
 *     option. For free charging, the list should still name a tariff: one that defines the charging as free.
 * @param termsAndConditions {@code terms_and_conditions}: optional link to the operator's terms and conditions, at
 *     most 255 characters.
 * @param capabilities {@code capabilities}: what drivers can use at this connector, such as Plug and Charge (new in
 *     2.3.0).
 * @param lastUpdated {@code last_updated}: when the CPO last changed this connector, or created it.
 */
@GenerateBuilder
@GeneratePatch
public record Connector(
        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("standard") @NotNull ConnectorType standard,
        @JsonProperty("format") @NotNull ConnectorFormat format,
        @JsonProperty("power_type") @NotNull PowerType powerType,
        @JsonProperty("max_voltage") @NotNull Integer maxVoltage,
        @JsonProperty("max_amperage") @NotNull Integer maxAmperage,
        @JsonProperty("max_electric_power") @Nullable Integer maxElectricPower,
        @JsonProperty("tariff_ids") List<@Size(max = 36) CiString> tariffIds,

        @JsonProperty("terms_and_conditions") @Size(max = 255) @Url @Nullable
        String termsAndConditions,

        @JsonProperty("capabilities") List<ConnectorCapability> capabilities,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public Connector {
        tariffIds = Lists.copyOf(tariffIds);
        capabilities = Lists.copyOf(capabilities);
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
