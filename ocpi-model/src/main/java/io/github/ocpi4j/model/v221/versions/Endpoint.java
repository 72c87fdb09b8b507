package io.github.ocpi4j.model.v221.versions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

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
        return new Builder(this);
    }

    /** Builds {@link Endpoint} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable ModuleID identifier;
        private @Nullable InterfaceRole role;
        private @Nullable String url;

        private Builder() {}

        private Builder(Endpoint from) {
            identifier = from.identifier;
            role = from.role;
            url = from.url;
        }

        /** Sets {@link Endpoint#identifier()}. */
        public Builder identifier(@Nullable ModuleID identifier) {
            this.identifier = identifier;
            return this;
        }

        /** Sets {@link Endpoint#role()}. */
        public Builder role(@Nullable InterfaceRole role) {
            this.role = role;
            return this;
        }

        /** Sets {@link Endpoint#url()}. */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /** Returns the {@link Endpoint}. */
        public Endpoint build() {
            return new Endpoint(identifier, role, url);
        }
    }
}
