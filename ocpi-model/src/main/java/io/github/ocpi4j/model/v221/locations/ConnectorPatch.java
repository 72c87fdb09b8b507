package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Patches;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a PATCH of a {@link Connector}: only the fields to change, each {@link PatchField#absent() absent}
 * (unchanged), {@code null} or a new value, and always {@code last_updated} ({@code
 * [[transport_and_format_patch]]}).
 * A PATCH may not set a field that {@link Connector} requires to {@code null}.
 *
 * <pre>{@code
 * ConnectorPatch patch = ConnectorPatch.builder().lastUpdated(Instant.now()).build();
 * Connector updated = patch.applyTo(current);
 * }</pre>
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
public record ConnectorPatch(
        @JsonProperty("id") @NotNull @Size(max = 36) PatchField<CiString> id,
        @JsonProperty("standard") @NotNull PatchField<ConnectorType> standard,
        @JsonProperty("format") @NotNull PatchField<ConnectorFormat> format,
        @JsonProperty("power_type") @NotNull PatchField<PowerType> powerType,
        @JsonProperty("max_voltage") @NotNull PatchField<Integer> maxVoltage,
        @JsonProperty("max_amperage") @NotNull PatchField<Integer> maxAmperage,
        @JsonProperty("max_electric_power") PatchField<Integer> maxElectricPower,
        @JsonProperty("tariff_ids") PatchField<List<@Size(max = 36) CiString>> tariffIds,

        @JsonProperty("terms_and_conditions") @Size(max = 255) @Url
        PatchField<String> termsAndConditions,

        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Makes {@code null} fields absent. */
    public ConnectorPatch {
        id = Patches.orAbsent(id);
        standard = Patches.orAbsent(standard);
        format = Patches.orAbsent(format);
        powerType = Patches.orAbsent(powerType);
        maxVoltage = Patches.orAbsent(maxVoltage);
        maxAmperage = Patches.orAbsent(maxAmperage);
        maxElectricPower = Patches.orAbsent(maxElectricPower);
        tariffIds = Patches.orAbsent(tariffIds);
        termsAndConditions = Patches.orAbsent(termsAndConditions);
    }

    /** Returns {@code connector} with this PATCH applied: the fields it mentions replaced, the others kept. */
    public Connector applyTo(Connector connector) {
        return new Connector(
                id.applyTo(connector.id()),
                standard.applyTo(connector.standard()),
                format.applyTo(connector.format()),
                powerType.applyTo(connector.powerType()),
                maxVoltage.applyTo(connector.maxVoltage()),
                maxAmperage.applyTo(connector.maxAmperage()),
                maxElectricPower.applyTo(connector.maxElectricPower()),
                tariffIds.applyTo(connector.tariffIds()),
                termsAndConditions.applyTo(connector.termsAndConditions()),
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

    /** Builds {@link ConnectorPatch} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private PatchField<CiString> id = PatchField.absent();
        private PatchField<ConnectorType> standard = PatchField.absent();
        private PatchField<ConnectorFormat> format = PatchField.absent();
        private PatchField<PowerType> powerType = PatchField.absent();
        private PatchField<Integer> maxVoltage = PatchField.absent();
        private PatchField<Integer> maxAmperage = PatchField.absent();
        private PatchField<Integer> maxElectricPower = PatchField.absent();
        private PatchField<List<CiString>> tariffIds = PatchField.absent();
        private PatchField<String> termsAndConditions = PatchField.absent();
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(ConnectorPatch from) {
            id = from.id;
            standard = from.standard;
            format = from.format;
            powerType = from.powerType;
            maxVoltage = from.maxVoltage;
            maxAmperage = from.maxAmperage;
            maxElectricPower = from.maxElectricPower;
            tariffIds = from.tariffIds;
            termsAndConditions = from.termsAndConditions;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link ConnectorPatch#id()}. */
        public Builder id(@Nullable CiString id) {
            this.id = PatchField.ofNullable(id);
            return this;
        }

        /** Sets {@link ConnectorPatch#id()} from its spelling. */
        public Builder id(@Nullable String id) {
            return id(CiString.ofNullable(id));
        }

        /** Sets {@link ConnectorPatch#standard()}. */
        public Builder standard(@Nullable ConnectorType standard) {
            this.standard = PatchField.ofNullable(standard);
            return this;
        }

        /** Sets {@link ConnectorPatch#format()}. */
        public Builder format(@Nullable ConnectorFormat format) {
            this.format = PatchField.ofNullable(format);
            return this;
        }

        /** Sets {@link ConnectorPatch#powerType()}. */
        public Builder powerType(@Nullable PowerType powerType) {
            this.powerType = PatchField.ofNullable(powerType);
            return this;
        }

        /** Sets {@link ConnectorPatch#maxVoltage()}. */
        public Builder maxVoltage(@Nullable Integer maxVoltage) {
            this.maxVoltage = PatchField.ofNullable(maxVoltage);
            return this;
        }

        /** Sets {@link ConnectorPatch#maxAmperage()}. */
        public Builder maxAmperage(@Nullable Integer maxAmperage) {
            this.maxAmperage = PatchField.ofNullable(maxAmperage);
            return this;
        }

        /** Sets {@link ConnectorPatch#maxElectricPower()}. */
        public Builder maxElectricPower(@Nullable Integer maxElectricPower) {
            this.maxElectricPower = PatchField.ofNullable(maxElectricPower);
            return this;
        }

        /** Sets {@link ConnectorPatch#tariffIds()}. */
        public Builder tariffIds(@Nullable List<CiString> tariffIds) {
            this.tariffIds = PatchField.ofNullable(tariffIds);
            return this;
        }

        /** Sets {@link ConnectorPatch#termsAndConditions()}. */
        public Builder termsAndConditions(@Nullable String termsAndConditions) {
            this.termsAndConditions = PatchField.ofNullable(termsAndConditions);
            return this;
        }

        /** Sets {@link ConnectorPatch#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link ConnectorPatch}. */
        public ConnectorPatch build() {
            return new ConnectorPatch(
                    id,
                    standard,
                    format,
                    powerType,
                    maxVoltage,
                    maxAmperage,
                    maxElectricPower,
                    tariffIds,
                    termsAndConditions,
                    lastUpdated);
        }
    }
}
