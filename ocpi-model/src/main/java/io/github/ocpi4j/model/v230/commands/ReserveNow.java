package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.v230.tokens.Token;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code RESERVE_NOW} command: reserves a Location, or one of its EVSEs, for a Token until a given time.
 *
 * <p>Without an {@code evse_uid} the Charge Point is asked to hold any one EVSE free for this Token's driver (not
 * every Charge Point can). Sending {@code RESERVE_NOW} again with the same Location and {@code reservation_id}
 * updates the reservation. The eMSP must have authorized the Token already and may only send its own Tokens.
 *
 * <pre>{@code
 * ReserveNow reserve = ReserveNow.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/RESERVE_NOW/1234")
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
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this reserve request in it.
 * @param token {@code token}: the Token the reservation is for; required.
 * @param expiryDate {@code expiry_date}: when the reservation lapses (UTC); required.
 * @param reservationId {@code reservation_id}: the Sender's id of the reservation, at most 36 characters; required.
 *     Reusing an id the Receiver already holds for this Location replaces that reservation.
 * @param locationId {@code location_id}: the Receiver's {@code Location.id} where an EVSE is to be reserved, at most
 *     36 characters; required.
 * @param evseUid {@code evse_uid}: the {@code EVSE.uid} to reserve at that Location; optional, absent means any EVSE.
 * @param authorizationReference {@code authorization_reference}: the eMSP's reference for this authorization, at most
 *     36 characters; optional. When set, the CPO copies it into the resulting Session and CDR.
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
