package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One charging point of a {@link Location}: the equipment that powers one EV in one session at a time. Of its
 * connectors, only one can be in use at any moment. The EVSE's own fields ({@code floor_level}, {@code
 * physical_reference}, {@code directions}) only lead the way from the location's point to the EVSE; an EVSE that
 * they can't lead to belongs in another Location, possibly with the same address but other coordinates.
 *
 * <p>A CPO whose OCPP 1.x charge points have several connectors per EVSE should publish each connector as an EVSE of
 * its own, so that a {@code StartSession} command can work.
 *
 * <p>Specification: {@code [[mod_locations_evse_object]]}.
 *
 * @param uid {@code uid}: the CPO's technical id of this EVSE, at most 36 characters, unique across its platform and
 *     those of its suboperators. It never changes and is not meant for display: {@code evse_id} is (hence the name
 *     {@code uid}, not {@code id}). Since EVSEs are never deleted ({@code
 *     [[evse_delete_with_status_update]]}), a hardware serial number makes a poor {@code uid}: moving the same unit
 *     to another location would reuse it.
 * @param evseId {@code evse_id}: the EVSE ID in the format that eMI3 and IDACS define (see the EV Roaming
 *     Foundation's "E-mobility ID-codes"), such as {@code BE*BEC*E041503001}; at most 48 characters. It is optional
 *     so that, once the EVSE has the status {@code REMOVED}, its EVSE ID can be dropped and given to other
 *     equipment.
 * @param status {@code status}: the EVSE's status now.
 * @param statusSchedule {@code status_schedule}: planned future changes of the status, for information only.
 * @param capabilities {@code capabilities}: what the EVSE supports, such as reservations or remote start.
 * @param connectors {@code connectors}: the EVSE's connectors; at least one.
 * @param floorLevel {@code floor_level}: the floor the EVSE is on (in a garage, say), numbered as the local signs
 *     number it; at most 4 characters.
 * @param coordinates {@code coordinates}: optional position of the EVSE itself.
 * @param physicalReference {@code physical_reference}: the number or label written on the EVSE so that drivers can
 *     recognise it; at most 16 characters.
 * @param directions {@code directions}: texts, in one or more languages, that guide a driver from the location's
 *     point to the EVSE when more help is needed.
 * @param parkingRestrictions {@code parking_restrictions}: limits on who may charge here; in 2.3.0, limits on the
 *     kind of vehicle go into the {@link Parking} places instead.
 * @param parking {@code parking}: the places of the Location where a vehicle can stand while it charges here, each
 *     naming one of the Location's {@code parking_places} (new in 2.3.0).
 * @param images {@code images}: photos, logos and other pictures of the EVSE.
 * @param acceptedServiceProviders {@code accepted_service_providers}: the names of the eMSPs whose contracts can pay
 *     for charging here, each at most 50 characters (new in 2.3.0). It serves CPOs in Europe who must report these to
 *     National Access Points; others may leave it out.
 * @param lastUpdated {@code last_updated}: when the CPO last changed this EVSE or one of its connectors, or created
 *     it.
 */
@GenerateBuilder
@GeneratePatch
public record EVSE(
        @JsonProperty("uid") @NotNull @Size(max = 36) @UrlSegment
        CiString uid,

        @JsonProperty("evse_id") @Size(max = 48) @EvseId @Nullable
        CiString evseId,

        @JsonProperty("status") @NotNull Status status,
        @JsonProperty("status_schedule") List<@Valid StatusSchedule> statusSchedule,
        @JsonProperty("capabilities") List<Capability> capabilities,
        @JsonProperty("connectors") @NotEmpty List<@Valid Connector> connectors,

        @JsonProperty("floor_level") @Size(max = 4) @Nullable
        String floorLevel,

        @JsonProperty("coordinates") @Valid @Nullable GeoLocation coordinates,

        @JsonProperty("physical_reference") @Size(max = 16) @Nullable
        String physicalReference,

        @JsonProperty("directions") List<@Valid DisplayText> directions,
        @JsonProperty("parking_restrictions") List<ParkingRestriction> parkingRestrictions,
        @JsonProperty("parking") List<@Valid EVSEParking> parking,
        @JsonProperty("images") List<@Valid Image> images,
        @JsonProperty("accepted_service_providers") List<@Size(max = 50) String> acceptedServiceProviders,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public EVSE {
        statusSchedule = Lists.copyOf(statusSchedule);
        capabilities = Lists.copyOf(capabilities);
        connectors = Lists.copyOf(connectors);
        directions = Lists.copyOf(directions);
        parkingRestrictions = Lists.copyOf(parkingRestrictions);
        parking = Lists.copyOf(parking);
        images = Lists.copyOf(images);
        acceptedServiceProviders = Lists.copyOf(acceptedServiceProviders);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EVSE} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EVSEBuilderBase {
        private Builder() {}
    }
}
