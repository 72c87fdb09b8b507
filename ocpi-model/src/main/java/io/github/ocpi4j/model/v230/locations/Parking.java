package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A place where a vehicle can stand while it charges at a {@link Location}, new in 2.3.0; its EVSEs point to it with
 * {@link EVSEParking}. Where the spaces along a street are not marked out, one Parking may describe the conditions of
 * parking near the EVSE rather than one space.
 *
 * <p>OCPI added it so that CPOs in the EU can report parking places to National Access Points as the Alternative Fuels
 * Infrastructure Regulation (AFIR) requires. Other CPOs may leave {@code parking_places} out, and receivers other
 * than NAPs may ignore it.
 *
 * <p>The sizes, {@code max_vehicle_weight} and {@code dangerous_goods_allowed} are recommended whenever {@code
 * vehicle_types} holds a kind other than {@link VehicleType#PERSONAL_VEHICLE} and {@link VehicleType#MOTORCYCLE}, and
 * a photo in {@code images} when it holds {@link VehicleType#DISABLED}; validation does not require them.
 *
 * <pre>{@code
 * Parking bay = Parking.builder()
 *         .id("B1")
 *         .vehicleTypes(List.of(VehicleType.PERSONAL_VEHICLE))
 *         .restrictedToType(true)
 *         .reservationRequired(false)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_locations_parking_object]]}.
 *
 * @param id {@code id}: the CPO's id of the place, at most 36 characters; no two places of one Location share it.
 * @param physicalReference {@code physical_reference}: optional label that drivers can see at the place, such as a
 *     number painted on the floor of a garage; at most 12 characters.
 * @param vehicleTypes {@code vehicle_types}: the kinds of vehicle the place is made for; at least one.
 * @param maxVehicleWeight {@code max_vehicle_weight}: optional heaviest vehicle allowed, in kilograms.
 * @param maxVehicleHeight {@code max_vehicle_height}: optional tallest vehicle allowed, in centimetres.
 * @param maxVehicleLength {@code max_vehicle_length}: optional longest vehicle allowed, in centimetres.
 * @param maxVehicleWidth {@code max_vehicle_width}: optional widest vehicle allowed, in centimetres.
 * @param parkingSpaceLength {@code parking_space_length}: optional length of the place, in centimetres.
 * @param parkingSpaceWidth {@code parking_space_width}: optional width of the place, in centimetres.
 * @param dangerousGoodsAllowed {@code dangerous_goods_allowed}: optional; whether a vehicle carrying dangerous goods
 *     may park here.
 * @param direction {@code direction}: optional way the place lies against the road it is reached from.
 * @param driveThrough {@code drive_through}: optional; {@code true} when a vehicle can pull in, charge and drive on
 *     without reversing. Only set it to {@code true} when that holds for every kind in {@code vehicle_types}.
 * @param restrictedToType {@code restricted_to_type}: whether vehicles of kinds not in {@code vehicle_types} are
 *     forbidden here, even when they would fit; required.
 * @param reservationRequired {@code reservation_required}: whether parking here takes a reservation; required.
 * @param timeLimit {@code time_limit}: optional longest stay allowed, in minutes.
 * @param roofed {@code roofed}: optional; whether a vehicle charging here stands under a roof.
 * @param images {@code images}: photos of the place.
 * @param lighting {@code lighting}: optional; whether lamps light the place.
 * @param refrigerationOutlet {@code refrigeration_outlet}: optional; whether a socket is there to keep a truck's
 *     refrigerated load cool while it is parked.
 * @param standards {@code standards}: standards the place meets, such as PAS 1899 for drivers with disabilities;
 *     each at most 36 characters.
 * @param apdsReference {@code apds_reference}: optional reference to the element (a place, a space or another level of
 *     the hierarchy) that describes this place in the data model of the Alliance for Parking Data Standards (APDS).
 */
@GenerateBuilder
public record Parking(
        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,

        @JsonProperty("physical_reference") @Size(max = 12) @Nullable
        String physicalReference,

        @JsonProperty("vehicle_types") @NotEmpty List<VehicleType> vehicleTypes,
        @JsonProperty("max_vehicle_weight") @Nullable BigDecimal maxVehicleWeight,
        @JsonProperty("max_vehicle_height") @Nullable BigDecimal maxVehicleHeight,
        @JsonProperty("max_vehicle_length") @Nullable BigDecimal maxVehicleLength,
        @JsonProperty("max_vehicle_width") @Nullable BigDecimal maxVehicleWidth,
        @JsonProperty("parking_space_length") @Nullable BigDecimal parkingSpaceLength,
        @JsonProperty("parking_space_width") @Nullable BigDecimal parkingSpaceWidth,
        @JsonProperty("dangerous_goods_allowed") @Nullable Boolean dangerousGoodsAllowed,
        @JsonProperty("direction") @Nullable ParkingDirection direction,
        @JsonProperty("drive_through") @Nullable Boolean driveThrough,
        @JsonProperty("restricted_to_type") @NotNull Boolean restrictedToType,
        @JsonProperty("reservation_required") @NotNull Boolean reservationRequired,
        @JsonProperty("time_limit") @Nullable BigDecimal timeLimit,
        @JsonProperty("roofed") @Nullable Boolean roofed,
        @JsonProperty("images") List<@Valid Image> images,
        @JsonProperty("lighting") @Nullable Boolean lighting,
        @JsonProperty("refrigeration_outlet") @Nullable Boolean refrigerationOutlet,
        @JsonProperty("standards") List<@Size(max = 36) CiString> standards,
        @JsonProperty("apds_reference") @Nullable CiString apdsReference) {

    /** Copies the lists; {@code null} becomes empty. */
    public Parking {
        vehicleTypes = Lists.copyOf(vehicleTypes);
        images = Lists.copyOf(images);
        standards = Lists.copyOf(standards);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Parking} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ParkingBuilderBase {
        private Builder() {}
    }
}
