package io.github.ocpi4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of every OCPI response ({@code [[transport_and_format_response_format]]}): the data, an OCPI
 * status code, an optional message and the time the message was generated.
 *
 * <pre>{@code
 * OcpiResponse<Location> ok = OcpiResponse.success(location);
 * OcpiResponse<Void> error = OcpiResponse.error(OcpiStatusCode.UNKNOWN_LOCATION, "no location LOC9");
 * }</pre>
 *
 * @param data the data of the response: an object, a list of them, a string, or none
 * @param statusCode {@code status_code}, how the request was handled
 * @param statusMessage {@code status_message}, an optional message that may help when debugging
 * @param timestamp the time this message was generated
 * @param <T> the type of the data
 */
public record OcpiResponse<T>(
        @JsonProperty("data") @Valid @Nullable T data,
        @JsonProperty("status_code") @NotNull OcpiStatusCode statusCode,
        @JsonProperty("status_message") @Nullable String statusMessage,
        @JsonProperty("timestamp") @NotNull Instant timestamp) {

    /** Returns a {@code 1000 Success} response with this data, generated now. */
    public static <T> OcpiResponse<T> success(@Nullable T data) {
        return new OcpiResponse<>(data, OcpiStatusCode.SUCCESS, "Success", Instant.now());
    }

    /** Returns a response without data for this (error) status, generated now. */
    public static <T> OcpiResponse<T> error(OcpiStatusCode statusCode, @Nullable String statusMessage) {
        return new OcpiResponse<>(null, statusCode, statusMessage, Instant.now());
    }

    /** Returns whether the status code is in the 1xxx success range. */
    public boolean isSuccess() {
        return statusCode != null && statusCode.isSuccess();
    }
}
