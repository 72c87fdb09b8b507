package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Texts}: text of any origin made fit for a string field ({@code [[types_string_type]]}). */
class TextsTest {

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(Texts.printable("a\nb\tc\u0000d", 100)).isEqualTo("a b c d");
    }

    @Test
    void textWithinTheBoundIsKeptAsItIs() {
        String text = "unknown location LOC1";
        assertThat(Texts.printable(text, text.length())).isSameAs(text);
    }

    @Test
    void longerTextIsCutToTheBoundEndingInAnEllipsis() {
        assertThat(Texts.printable("abcdefgh", 5)).isEqualTo("abcd…").hasSize(5);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "ab\uD83D\uDE00cd"; // a, b, an emoji (two chars), c, d
        assertThat(Texts.printable(text, 4)).isEqualTo("ab…");
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> Texts.printable("x", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max must be at least 1, was 0");
    }
}
