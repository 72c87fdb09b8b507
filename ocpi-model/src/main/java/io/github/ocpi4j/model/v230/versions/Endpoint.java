package io.github.ocpi4j.model.v230.versions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One endpoint of a version: the module, the interface role it implements, and its URL.
 *
 * <p>For the {@code credentials} module the role has no function, as that module is the same for all roles: send
 * {@code SENDER} for one's own credentials endpoint and disregard the role of other platforms' credentials endpoints.
 *
 * <p>Specification: {@code [[version_information_endpoint_endpoint_class]]}.
 *
 * @param identifier {@code identifier}: Endpoint identifier.
 * @param role {@code role}: Interface role this endpoint implements.
 * @param url {@code url}: URL to the endpoint.
 */
@GenerateBuilder
public record Endpoint(
        @JsonProperty("identifier") @NotNull ModuleID identifier,
        @JsonProperty("role") @NotNull InterfaceRole role,
        @JsonProperty("url") @NotNull @Size(max = 255) @Url String url) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Endpoint} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EndpointBuilderBase {
        private Builder() {}
    }
}
