package io.github.ocpi4j.model;

import org.jspecify.annotations.Nullable;

/**
 * Checks of OCPI value formats for text that does not come in a JSON body, such as a query parameter: each returns
 * {@code null} when the value is fine and otherwise the rule it breaks, in words that may be shown to the party
 * that sent it. {@link OcpiJson} applies the same checks to the fields of the model.
 *
 * <pre>{@code
 * String violation = Formats.url(request.query("response_url"));
 * if (violation != null) { ... }    // "URL: \"/relative\" is not an absolute URL"
 * }</pre>
 */
public final class Formats {
    private Formats() {}

    /**
     * Checks the URL type ({@code [[types_url_type]]}): an absolute URL with a host. The length, string(255), is
     * the caller's to check.
     *
     * @return {@code null} for an absolute URL, else the rule it breaks
     */
    public static @Nullable String url(CharSequence value) {
        return io.github.ocpi4j.model.internal.Formats.url(value);
    }
}
