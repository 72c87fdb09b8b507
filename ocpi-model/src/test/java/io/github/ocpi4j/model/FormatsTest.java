package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public format checks, as the server applies them to query parameters. */
class FormatsTest {

    /** {@code [[types_url_type]]}. */
    @Test
    void urlAcceptsAnAbsoluteUrlAndNamesTheRuleOfAnyOther() {
        assertThat(Formats.url("https://emsp.example.com/ocpi/2.2.1/commands/START_SESSION/1234"))
                .isNull();
        assertThat(Formats.url("https://example.com/search?q=1")).isNull();

        assertThat(Formats.url("/ocpi/2.2.1/commands"))
                .isEqualTo("URL: \"/ocpi/2.2.1/commands\" is not an absolute URL");
        assertThat(Formats.url("https://example.com/a b"))
                .isEqualTo("URL: \"https://example.com/a b\" is not an absolute URL");
    }
}
