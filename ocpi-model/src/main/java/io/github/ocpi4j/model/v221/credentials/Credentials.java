package io.github.ocpi4j.model.v221.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Credentials.
 *
 * <p>Specification: {@code [[credentials_credentials_object]]}.
 *
 * @param token {@code token}: The credentials token for the other party to authenticate in your system. It should
 *     only contain printable non-whitespace ASCII characters, that is, characters with Unicode code points from the
 *     range of U+0021 up to and including U+007E.
 * @param url {@code url}: The URL to your API versions endpoint.
 * @param roles {@code roles}: List of the roles this party provides.
 */
public record Credentials(
        @JsonProperty("token") @NotNull @Size(max = 64) String token,
        @JsonProperty("url") @NotNull @Size(max = 255) @Url String url,
        @JsonProperty("roles") @NotEmpty @Valid List<CredentialsRole> roles) {

    /** Copies the lists; {@code null} becomes empty. */
    public Credentials {
        roles = Lists.copyOf(roles);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Credentials} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable String token;
        private @Nullable String url;
        private List<CredentialsRole> roles = List.of();

        private Builder() {}

        private Builder(Credentials from) {
            token = from.token;
            url = from.url;
            roles = from.roles;
        }

        /** Sets {@link Credentials#token()}. */
        public Builder token(@Nullable String token) {
            this.token = token;
            return this;
        }

        /** Sets {@link Credentials#url()}. */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /** Sets {@link Credentials#roles()}. */
        public Builder roles(List<CredentialsRole> roles) {
            this.roles = roles;
            return this;
        }

        /** Returns the {@link Credentials}. */
        public Credentials build() {
            return new Credentials(token, url, roles);
        }
    }
}
