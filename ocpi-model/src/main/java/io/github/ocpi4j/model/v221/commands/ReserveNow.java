package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.v221.tokens.Token;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code RESERVE_NOW} command: reserves a Location, or one of its EVSEs, for a Token until a given time.
 *
 * <p>The {@code evse_uid} is optional. If no EVSE is specified, the Charge Point should keep one EVSE available for
 * the EV Driver identified by the given Token. (This might not be supported by all Charge Points). A reservation can
 * be replaced/updated by sending a {@code RESERVE_NOW} request with the same Location (Charge Point) and the same
 * {@code reservation_id}. The Token SHALL be authorized by the eMSP, which SHALL only use Tokens it owns.
 *
 * <pre>{@code
 * ReserveNow reserve = ReserveNow.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/RESERVE_NOW/1234")
 *         .token(token)
 *         .expiryDate(Instant.parse("2024-05-01T18:00:00Z"))
 *         .reservationId("RES-42")
 *         .locationId("LOC1")
 *         .evseUid("3256")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_reservenow_object]]}.
 *
 * @param responseUrl {@code response_url}: URL that the CommandResult POST should be sent to. This URL might contain
 *     a unique ID to be able to distinguish between ReserveNow requests.
 * @param token {@code token}: Token object for how to reserve this Charge Point (and specific EVSE).
 * @param expiryDate {@code expiry_date}: The Date/Time when this reservation ends, in UTC.
 * @param reservationId {@code reservation_id}: Reservation id, unique for this reservation. If the Receiver
 *     (typically CPO) Point already has a reservation that matches this reservationId for that Location it will
 *     replace the reservation.
 * @param locationId {@code location_id}: Location.id of the Location (belonging to the CPO this request is sent to)
 *     for which to reserve an EVSE.
 * @param evseUid {@code evse_uid}: Optional EVSE.uid of the EVSE of this Location if a specific EVSE has to be
 *     reserved.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP,
 *     when given, this reference will be provided in the relevant Session and/or CDR.
 */
@GenerateBuilder
public record ReserveNow(
        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl,

        @JsonProperty("token") @NotNull @Valid Token token,
        @JsonProperty("expiry_date") @NotNull Instant expiryDate,

        @JsonProperty("reservation_id") @NotNull @Size(max = 36)
        CiString reservationId,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("evse_uid") @Size(max = 36) @Nullable CiString evseUid,

        @JsonProperty("authorization_reference") @Size(max = 36) @Nullable
        CiString authorizationReference) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ReserveNow} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ReserveNowBuilderBase {
        private Builder() {}
    }
}
