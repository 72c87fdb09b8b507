package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.internal.Patches;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a PATCH of a {@link EVSE}: only the fields to change, each {@link PatchField#absent() absent}
 * (unchanged), {@code null} or a new value, and always {@code last_updated} ({@code
 * [[transport_and_format_patch]]}).
 * A PATCH may not set a field that {@link EVSE} requires to {@code null}.
 *
 * <pre>{@code
 * EVSEPatch patch = EVSEPatch.builder().lastUpdated(Instant.now()).build();
 * EVSE updated = patch.applyTo(current);
 * }</pre>
 *
 * @param uid {@code uid}: Uniquely identifies the EVSE within the CPOs platform (and suboperator platforms). This
 *     field can never be changed, modified or renamed. This is the 'technical' identification of the EVSE, not to be
 *     used as 'human readable' identification, use the field {@code evse_id} for that. This field is named {@code
 *     uid} instead of {@code id}, because {@code id} could be confused with {@code evse_id} which is an eMI3 defined
 *     field. Note that in order to fulfill both the requirement that an EVSE's {@code uid} be unique within a CPO's
 *     platform and the requirement that EVSEs are never deleted, a CPO will typically want to avoid using identifiers
 *     of the physical hardware for this {@code uid} property. If they do use such a physical identifier, they will
 *     find themselves breaking the uniqueness requirement for {@code uid} when the same physical EVSE is redeployed
 *     at another Location.
 * @param evseId {@code evse_id}: Compliant with the following specification for EVSE ID from "eMI3 standard version
 *     V1.0" (https://web.archive.org/web/20230603153631/https://emi3group.com/documents-links/) "Part 2: business
 *     objects." Optional because: if an {@code evse_id} is to be re-used in the real world, the {@code evse_id} can
 *     be removed from an EVSE object if the {@code status} is set to {@code REMOVED}.
 * @param status {@code status}: Indicates the current status of the EVSE.
 * @param statusSchedule {@code status_schedule}: Indicates a planned status update of the EVSE.
 * @param capabilities {@code capabilities}: List of functionalities that the EVSE is capable of.
 * @param connectors {@code connectors}: List of available connectors on the EVSE.
 * @param floorLevel {@code floor_level}: Level on which the Charge Point is located (in garage buildings) in the
 *     locally displayed numbering scheme.
 * @param coordinates {@code coordinates}: Coordinates of the EVSE.
 * @param physicalReference {@code physical_reference}: A number/string printed on the outside of the EVSE for visual
 *     identification.
 * @param directions {@code directions}: Multi-language human-readable directions when more detailed information on
 *     how to reach the EVSE from the Location is required.
 * @param parkingRestrictions {@code parking_restrictions}: The restrictions that apply to the parking spot.
 * @param images {@code images}: Links to images related to the EVSE such as photos or logos.
 * @param lastUpdated {@code last_updated}: Timestamp when this EVSE or one of its Connectors was last updated (or
 *     created).
 */
public record EVSEPatch(
        @JsonProperty("uid") @NotNull @Size(max = 36) PatchField<CiString> uid,
        @JsonProperty("evse_id") @Size(max = 48) @EvseId PatchField<CiString> evseId,
        @JsonProperty("status") @NotNull PatchField<Status> status,
        @JsonProperty("status_schedule") PatchField<List<@Valid StatusSchedule>> statusSchedule,
        @JsonProperty("capabilities") PatchField<List<Capability>> capabilities,
        @JsonProperty("connectors") @NotEmpty PatchField<List<@Valid Connector>> connectors,
        @JsonProperty("floor_level") @Size(max = 4) PatchField<String> floorLevel,
        @JsonProperty("coordinates") PatchField<@Valid GeoLocation> coordinates,
        @JsonProperty("physical_reference") @Size(max = 16) PatchField<String> physicalReference,
        @JsonProperty("directions") PatchField<List<@Valid DisplayText>> directions,
        @JsonProperty("parking_restrictions") PatchField<List<ParkingRestriction>> parkingRestrictions,
        @JsonProperty("images") PatchField<List<@Valid Image>> images,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Makes {@code null} fields absent. */
    public EVSEPatch {
        uid = Patches.orAbsent(uid);
        evseId = Patches.orAbsent(evseId);
        status = Patches.orAbsent(status);
        statusSchedule = Patches.orAbsent(statusSchedule);
        capabilities = Patches.orAbsent(capabilities);
        connectors = Patches.orAbsent(connectors);
        floorLevel = Patches.orAbsent(floorLevel);
        coordinates = Patches.orAbsent(coordinates);
        physicalReference = Patches.orAbsent(physicalReference);
        directions = Patches.orAbsent(directions);
        parkingRestrictions = Patches.orAbsent(parkingRestrictions);
        images = Patches.orAbsent(images);
    }

    /** Returns {@code evse} with this PATCH applied: the fields it mentions replaced, the others kept. */
    public EVSE applyTo(EVSE evse) {
        return new EVSE(
                uid.applyTo(evse.uid()),
                evseId.applyTo(evse.evseId()),
                status.applyTo(evse.status()),
                statusSchedule.applyTo(evse.statusSchedule()),
                capabilities.applyTo(evse.capabilities()),
                connectors.applyTo(evse.connectors()),
                floorLevel.applyTo(evse.floorLevel()),
                coordinates.applyTo(evse.coordinates()),
                physicalReference.applyTo(evse.physicalReference()),
                directions.applyTo(evse.directions()),
                parkingRestrictions.applyTo(evse.parkingRestrictions()),
                images.applyTo(evse.images()),
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

    /** Builds {@link EVSEPatch} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private PatchField<CiString> uid = PatchField.absent();
        private PatchField<CiString> evseId = PatchField.absent();
        private PatchField<Status> status = PatchField.absent();
        private PatchField<List<StatusSchedule>> statusSchedule = PatchField.absent();
        private PatchField<List<Capability>> capabilities = PatchField.absent();
        private PatchField<List<Connector>> connectors = PatchField.absent();
        private PatchField<String> floorLevel = PatchField.absent();
        private PatchField<GeoLocation> coordinates = PatchField.absent();
        private PatchField<String> physicalReference = PatchField.absent();
        private PatchField<List<DisplayText>> directions = PatchField.absent();
        private PatchField<List<ParkingRestriction>> parkingRestrictions = PatchField.absent();
        private PatchField<List<Image>> images = PatchField.absent();
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(EVSEPatch from) {
            uid = from.uid;
            evseId = from.evseId;
            status = from.status;
            statusSchedule = from.statusSchedule;
            capabilities = from.capabilities;
            connectors = from.connectors;
            floorLevel = from.floorLevel;
            coordinates = from.coordinates;
            physicalReference = from.physicalReference;
            directions = from.directions;
            parkingRestrictions = from.parkingRestrictions;
            images = from.images;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link EVSEPatch#uid()}. */
        public Builder uid(@Nullable CiString uid) {
            this.uid = PatchField.ofNullable(uid);
            return this;
        }

        /** Sets {@link EVSEPatch#uid()} from its spelling. */
        public Builder uid(@Nullable String uid) {
            return uid(CiString.ofNullable(uid));
        }

        /** Sets {@link EVSEPatch#evseId()}. */
        public Builder evseId(@Nullable CiString evseId) {
            this.evseId = PatchField.ofNullable(evseId);
            return this;
        }

        /** Sets {@link EVSEPatch#evseId()} from its spelling. */
        public Builder evseId(@Nullable String evseId) {
            return evseId(CiString.ofNullable(evseId));
        }

        /** Sets {@link EVSEPatch#status()}. */
        public Builder status(@Nullable Status status) {
            this.status = PatchField.ofNullable(status);
            return this;
        }

        /** Sets {@link EVSEPatch#statusSchedule()}. */
        public Builder statusSchedule(@Nullable List<StatusSchedule> statusSchedule) {
            this.statusSchedule = PatchField.ofNullable(statusSchedule);
            return this;
        }

        /** Sets {@link EVSEPatch#capabilities()}. */
        public Builder capabilities(@Nullable List<Capability> capabilities) {
            this.capabilities = PatchField.ofNullable(capabilities);
            return this;
        }

        /** Sets {@link EVSEPatch#connectors()}. */
        public Builder connectors(@Nullable List<Connector> connectors) {
            this.connectors = PatchField.ofNullable(connectors);
            return this;
        }

        /** Sets {@link EVSEPatch#floorLevel()}. */
        public Builder floorLevel(@Nullable String floorLevel) {
            this.floorLevel = PatchField.ofNullable(floorLevel);
            return this;
        }

        /** Sets {@link EVSEPatch#coordinates()}. */
        public Builder coordinates(@Nullable GeoLocation coordinates) {
            this.coordinates = PatchField.ofNullable(coordinates);
            return this;
        }

        /** Sets {@link EVSEPatch#physicalReference()}. */
        public Builder physicalReference(@Nullable String physicalReference) {
            this.physicalReference = PatchField.ofNullable(physicalReference);
            return this;
        }

        /** Sets {@link EVSEPatch#directions()}. */
        public Builder directions(@Nullable List<DisplayText> directions) {
            this.directions = PatchField.ofNullable(directions);
            return this;
        }

        /** Sets {@link EVSEPatch#parkingRestrictions()}. */
        public Builder parkingRestrictions(@Nullable List<ParkingRestriction> parkingRestrictions) {
            this.parkingRestrictions = PatchField.ofNullable(parkingRestrictions);
            return this;
        }

        /** Sets {@link EVSEPatch#images()}. */
        public Builder images(@Nullable List<Image> images) {
            this.images = PatchField.ofNullable(images);
            return this;
        }

        /** Sets {@link EVSEPatch#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link EVSEPatch}. */
        public EVSEPatch build() {
            return new EVSEPatch(
                    uid,
                    evseId,
                    status,
                    statusSchedule,
                    capabilities,
                    connectors,
                    floorLevel,
                    coordinates,
                    physicalReference,
                    directions,
                    parkingRestrictions,
                    images,
                    lastUpdated);
        }
    }
}
