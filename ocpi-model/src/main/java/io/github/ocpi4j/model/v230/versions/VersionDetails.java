package io.github.ocpi4j.model.v230.versions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The modules a platform implements for one version of OCPI, each with its interface role and URL.
 *
 * <pre>{@code
 * VersionDetails details = VersionDetails.builder()
 *         .version(VersionNumber.V2_3_0)
 *         .endpoints(List.of(
 *                 Endpoint.builder()
 *                         .identifier(ModuleID.CREDENTIALS)
 *                         .role(InterfaceRole.SENDER)
 *                         .url("https://example.com/ocpi/2.3.0/credentials")
 *                         .build(),
 *                 Endpoint.builder()
 *                         .identifier(ModuleID.LOCATIONS)
 *                         .role(InterfaceRole.SENDER)
 *                         .url("https://example.com/ocpi/cpo/2.3.0/locations")
 *                         .build()))
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[version_information_get_details_endpoint_data]]}.
 *
 * @param version {@code version}: The version number.
 * @param endpoints {@code endpoints}: A list of supported endpoints for this version.
 */
@GenerateBuilder
public record VersionDetails(
        @JsonProperty("version") @NotNull VersionNumber version,
        @JsonProperty("endpoints") @NotEmpty List<@Valid Endpoint> endpoints) {

    /** Copies the lists; {@code null} becomes empty. */
    public VersionDetails {
        endpoints = Lists.copyOf(endpoints);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link VersionDetails} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends VersionDetailsBuilderBase {
        private Builder() {}
    }
}
