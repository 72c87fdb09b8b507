package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.locations.ConnectorFormat;
import io.github.ocpi4j.model.v230.locations.ConnectorType;
import io.github.ocpi4j.model.v230.locations.EVSEPosition;
import io.github.ocpi4j.model.v230.locations.PowerType;
import io.github.ocpi4j.model.v230.locations.VehicleType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What can be booked at a Location, or what a driver booked there: an EVSE, connector or parking place, or just the
 * features they must have (vehicle kinds and sizes, connectors, power). A {@link BookingLocation} offers one; a
 * {@link BookingRequest} and a {@link Booking} name the one chosen.
 *
 * <p>The sizes, {@code max_vehicle_weight} and {@code dangerous_goods_allowed} are recommended whenever {@code
 * vehicle_types} holds a kind other than {@link VehicleType#PERSONAL_VEHICLE} and {@link VehicleType#MOTORCYCLE};
 * validation does not require them.
 *
 * <pre>{@code
 * BookingOption bay = BookingOption.builder()
 *         .evseUid("3256")
 *         .connectorTypes(List.of(ConnectorType.IEC_62196_T2))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_booking_option_class]]}.
 *
 * @param evseUid {@code evse_uid}: optional uid of the Location's EVSE that is bookable or booked, at most 36
 *     characters; {@code #NA} while no EVSE is assigned to the driver yet. Sessions and CDRs of the booking name the
 *     same EVSE.
 * @param connectorId {@code connector_id}: optional id of the EVSE's connector the booking is for, at most 36
 *     characters.
 * @param parkingId {@code parking_id}: optional id of the Location's parking place, at most 36 characters.
 * @param evsePosition {@code evse_position}: where the EVSE stands next to the parked vehicle.
 * @param vehicleTypes {@code vehicle_types}: the kinds of vehicle the place is made for.
 * @param connectorFormat {@code connector_format}: whether the connectors are sockets or cables.
 * @param connectorTypes {@code connector_types}: the kinds of connector installed.
 * @param powerTypes {@code power_types}: the kinds of power the EVSE delivers.
 * @param maxVehicleWeight {@code max_vehicle_weight}: optional heaviest vehicle allowed, in kilograms.
 * @param maxVehicleHeight {@code max_vehicle_height}: optional tallest vehicle allowed, in centimetres.
 * @param maxVehicleLength {@code max_vehicle_length}: optional longest vehicle allowed, in centimetres.
 * @param maxVehicleWidth {@code max_vehicle_width}: optional widest vehicle allowed, in centimetres.
 * @param minParkingSpaceLength {@code min_parking_space_length}: optional smallest length of the parking space, in
 *     centimetres.
 * @param minParkingSpaceWidth {@code min_parking_space_width}: optional smallest width of the parking space, in
 *     centimetres.
 * @param dangerousGoodsAllowed {@code dangerous_goods_allowed}: optional; whether a vehicle carrying dangerous goods
 *     may park at the EVSE.
 * @param driveThrough {@code drive_through}: optional; {@code true} when a vehicle can pull in, charge and drive on
 *     without reversing. Only set it to {@code true} when that holds for every kind in {@code vehicle_types}.
 * @param refrigerationOutlet {@code refrigeration_outlet}: optional; whether a socket is there to keep a truck's
 *     refrigerated load cool while it is parked.
 */
@GenerateBuilder
public record BookingOption(
        @JsonProperty("evse_uid") @Size(max = 36) @Nullable CiString evseUid,

        @JsonProperty("connector_id") @Size(max = 36) @Nullable
        CiString connectorId,

        @JsonProperty("parking_id") @Size(max = 36) @Nullable
        CiString parkingId,

        @JsonProperty("evse_position") List<EVSEPosition> evsePosition,
        @JsonProperty("vehicle_types") List<VehicleType> vehicleTypes,
        @JsonProperty("connector_format") List<ConnectorFormat> connectorFormat,
        @JsonProperty("connector_types") List<ConnectorType> connectorTypes,
        @JsonProperty("power_types") List<PowerType> powerTypes,

        @JsonProperty("max_vehicle_weight") @DecimalMin("0") @Nullable
        BigDecimal maxVehicleWeight,

        @JsonProperty("max_vehicle_height") @DecimalMin("0") @Nullable
        BigDecimal maxVehicleHeight,

        @JsonProperty("max_vehicle_length") @DecimalMin("0") @Nullable
        BigDecimal maxVehicleLength,

        @JsonProperty("max_vehicle_width") @DecimalMin("0") @Nullable
        BigDecimal maxVehicleWidth,

        @JsonProperty("min_parking_space_length") @DecimalMin("0") @Nullable
        BigDecimal minParkingSpaceLength,

        @JsonProperty("min_parking_space_width") @DecimalMin("0") @Nullable
        BigDecimal minParkingSpaceWidth,

        @JsonProperty("dangerous_goods_allowed") @Nullable Boolean dangerousGoodsAllowed,
        @JsonProperty("drive_through") @Nullable Boolean driveThrough,
        @JsonProperty("refrigeration_outlet") @Nullable Boolean refrigerationOutlet) {

    /** Copies the lists; {@code null} becomes empty. */
    public BookingOption {
        evsePosition = Lists.copyOf(evsePosition);
        vehicleTypes = Lists.copyOf(vehicleTypes);
        connectorFormat = Lists.copyOf(connectorFormat);
        connectorTypes = Lists.copyOf(connectorTypes);
        powerTypes = Lists.copyOf(powerTypes);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingOption} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingOptionBuilderBase {
        private Builder() {}
    }
}
