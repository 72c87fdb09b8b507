package io.github.ocpi4j.model.v221.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import org.junit.jupiter.api.Test;

/** Putting text of any origin into a DisplayText ({@code [[types_displaytext_class]]}) so that it stays valid. */
class DisplayTextsTest {

    @Test
    void plainTextIsKeptAsItIs() {
        assertThat(DisplayTexts.safe("en", "2.50 EUR per hour, < 22 kW & > 3.7 kW"))
                .isEqualTo(DisplayText.of("en", "2.50 EUR per hour, < 22 kW & > 3.7 kW"));
    }

    @Test
    void markupIsNoLongerMarkup() {
        DisplayText text = DisplayTexts.safe("en", "unknown location <b>LOC</b><!-- x --><br/>");

        assertThat(text.text()).isEqualTo("unknown location < b>LOC< /b>< !-- x -->< br/>");
        assertThat(OcpiJson.instance().validate(text)).isEmpty();
    }

    @Test
    void controlCharactersBecomeSpaces() {
        DisplayText text = DisplayTexts.safe("en", "line\nbreak\tand\u0000nul\u0085");

        assertThat(text.text()).isEqualTo("line break and nul ");
        assertThat(OcpiJson.instance().validate(text)).isEmpty();
    }

    @Test
    void textLongerThanADisplayTextMayBeIsCutWithAnEllipsis() {
        DisplayText text = DisplayTexts.safe("en", "x".repeat(2000));

        assertThat(text.text()).hasSize(DisplayTexts.MAX_LENGTH).endsWith("x…");
        assertThat(OcpiJson.instance().validate(text)).isEmpty();
        assertThat(DisplayTexts.safe("en", "x".repeat(512)).text()).isEqualTo("x".repeat(512));
    }

    @Test
    void cutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "x".repeat(510) + "\uD83D\uDE00" + "tail";

        assertThat(DisplayTexts.safe("en", text).text()).isEqualTo("x".repeat(510) + "…");
    }
}
