package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The EVSE object describes the part that controls the power supply to a single EV in a single session. It always
 * belongs to a Location object. The object only contains directions to get from the location itself to the EVSE (i.e.
 * floor, _physical_reference_ or directions).
 *
 * <p>Specification: {@code [[mod_locations_evse_object]]}.
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
@GenerateBuilder
@GeneratePatch
public record EVSE(
        @JsonProperty("uid") @NotNull @Size(max = 36) CiString uid,

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
        @JsonProperty("images") List<@Valid Image> images,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public EVSE {
        statusSchedule = Lists.copyOf(statusSchedule);
        capabilities = Lists.copyOf(capabilities);
        connectors = Lists.copyOf(connectors);
        directions = Lists.copyOf(directions);
        parkingRestrictions = Lists.copyOf(parkingRestrictions);
        images = Lists.copyOf(images);
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
