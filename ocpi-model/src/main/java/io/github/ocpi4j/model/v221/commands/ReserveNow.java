package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
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
 * <p>Without an {@code evse_uid} the Charge Point is asked to hold any one EVSE free for this Token's driver (not
 * every Charge Point can). Sending {@code RESERVE_NOW} again with the same Location and {@code reservation_id}
 * updates the reservation. The eMSP must have authorized the Token already and may only send its own Tokens.
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
        return new Builder(this);
    }

    /** Builds {@link ReserveNow} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable String responseUrl;
        private @Nullable Token token;
        private @Nullable Instant expiryDate;
        private @Nullable CiString reservationId;
        private @Nullable CiString locationId;
        private @Nullable CiString evseUid;
        private @Nullable CiString authorizationReference;

        private Builder() {}

        private Builder(ReserveNow from) {
            responseUrl = from.responseUrl;
            token = from.token;
            expiryDate = from.expiryDate;
            reservationId = from.reservationId;
            locationId = from.locationId;
            evseUid = from.evseUid;
            authorizationReference = from.authorizationReference;
        }

        /** Sets {@link ReserveNow#responseUrl()}. */
        public Builder responseUrl(@Nullable String responseUrl) {
            this.responseUrl = responseUrl;
            return this;
        }

        /** Sets {@link ReserveNow#token()}. */
        public Builder token(@Nullable Token token) {
            this.token = token;
            return this;
        }

        /** Sets {@link ReserveNow#expiryDate()}. */
        public Builder expiryDate(@Nullable Instant expiryDate) {
            this.expiryDate = expiryDate;
            return this;
        }

        /** Sets {@link ReserveNow#reservationId()}. */
        public Builder reservationId(@Nullable CiString reservationId) {
            this.reservationId = reservationId;
            return this;
        }

        /** Sets {@link ReserveNow#reservationId()} from its spelling. */
        public Builder reservationId(@Nullable String reservationId) {
            return reservationId(CiString.ofNullable(reservationId));
        }

        /** Sets {@link ReserveNow#locationId()}. */
        public Builder locationId(@Nullable CiString locationId) {
            this.locationId = locationId;
            return this;
        }

        /** Sets {@link ReserveNow#locationId()} from its spelling. */
        public Builder locationId(@Nullable String locationId) {
            return locationId(CiString.ofNullable(locationId));
        }

        /** Sets {@link ReserveNow#evseUid()}. */
        public Builder evseUid(@Nullable CiString evseUid) {
            this.evseUid = evseUid;
            return this;
        }

        /** Sets {@link ReserveNow#evseUid()} from its spelling. */
        public Builder evseUid(@Nullable String evseUid) {
            return evseUid(CiString.ofNullable(evseUid));
        }

        /** Sets {@link ReserveNow#authorizationReference()}. */
        public Builder authorizationReference(@Nullable CiString authorizationReference) {
            this.authorizationReference = authorizationReference;
            return this;
        }

        /** Sets {@link ReserveNow#authorizationReference()} from its spelling. */
        public Builder authorizationReference(@Nullable String authorizationReference) {
            return authorizationReference(CiString.ofNullable(authorizationReference));
        }

        /** Returns the {@link ReserveNow}. */
        public ReserveNow build() {
            return new ReserveNow(
                    responseUrl, token, expiryDate, reservationId, locationId, evseUid, authorizationReference);
        }
    }
}
