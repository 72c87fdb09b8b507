package io.github.ocpi4j.model.v221.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;

/** DisplayText ({@code [[types_displaytext_class]]}). */
class DisplayTextTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void plainTextIsValid() {
        assertThat(json.validate(DisplayText.of("en", "2.50 EUR per hour, < 22 kW & > 3.7 kW")))
                .isEmpty();
    }

    @Test
    void textIsReadAndWrittenBack() {
        DisplayText text = json.read("{\"language\": \"nl\", \"text\": \"Standaard Tarief\"}", DisplayText.class)
                .get();

        assertThat(text)
                .isEqualTo(DisplayText.builder()
                        .language("nl")
                        .text("Standaard Tarief")
                        .build());
        assertThat(json.writeString(text)).isEqualTo("{\"language\":\"nl\",\"text\":\"Standaard Tarief\"}");
    }

    @Test
    void textWithAnHtmlTagIsRejected() {
        assertThat(json.validate(DisplayText.of("en", "Free <b>parking</b>")))
                .containsExactly(new Violation("text", "no markup allowed, found \"<b>\""));
    }

    @Test
    void textWithASelfClosingTagOrAnAttributeIsRejected() {
        assertThat(json.validate(DisplayText.of("en", "Line one<br/>Line two")))
                .containsExactly(new Violation("text", "no markup allowed, found \"<br/>\""));
        assertThat(json.validate(DisplayText.of("en", "See <a href=\"https://example.com\">here</a>")))
                .containsExactly(
                        new Violation("text", "no markup allowed, found \"<a href=\\\"https://example.com\\\">\""));
    }

    @Test
    void textWithAnHtmlCommentIsRejected() {
        assertThat(json.validate(DisplayText.of("en", "Tariff <!-- draft -->")))
                .containsExactly(new Violation("text", "no markup allowed, found \"<!--\""));
    }

    @Test
    void languageMustBeAnIso639Code() {
        assertThat(json.validate(DisplayText.of("xx", "text")))
                .containsExactly(new Violation("language", "ISO 639-1: \"xx\" is not a language code"));
    }

    @Test
    void textLongerThan512CharactersIsRejected() {
        assertThat(json.validate(DisplayText.of("en", "t".repeat(513))))
                .containsExactly(new Violation("text", "string(512): 513 characters, at most 512 allowed"));
    }

    @Test
    void textWithALineBreakIsRejected() {
        assertThat(json.validate(DisplayText.of("en", "line\nbreak")))
                .containsExactly(new Violation(
                        "text", "string: control character U+000A at index 4, only printable characters allowed"));
    }
}
