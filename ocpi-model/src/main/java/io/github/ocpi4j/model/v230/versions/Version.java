package io.github.ocpi4j.model.v230.versions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A version of OCPI that a platform supports, with the URL of its version details.
 *
 * <p>The version information endpoint answers with the list of these ({@code
 * [[version_information_get_versions_endpoint_data]]}).
 *
 * <p>Specification: {@code [[version_information_endpoint_version_class]]}.
 *
 * @param version {@code version}: The version number.
 * @param url {@code url}: URL to the endpoint containing version specific information.
 */
@GenerateBuilder
public record Version(
        @JsonProperty("version") @NotNull VersionNumber version,
        @JsonProperty("url") @NotNull @Size(max = 255) @Url String url) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Version} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends VersionBuilderBase {
        private Builder() {}
    }
}
