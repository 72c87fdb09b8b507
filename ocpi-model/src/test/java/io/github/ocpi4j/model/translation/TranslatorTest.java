package io.github.ocpi4j.model.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.translation.Translator.Difference;
import io.github.ocpi4j.model.translation.Translator.Substitute;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The mechanism on types of its own, apart from the versions' differences: values of closed enumerations the target
 * lacks, differences that nothing declares, and edits that go wrong.
 */
class TranslatorTest {

    /** The source. */
    public record Before(
            @JsonProperty("name") String name,
            @JsonProperty("color") @Nullable Color color,
            @JsonProperty("colors") List<Color> colors) {}

    /** The source's enumeration. */
    public enum Color {
        RED,
        GREEN,
        GOLD
    }

    /** The target, whose enumeration lacks GOLD. */
    public record After(
            @JsonProperty("name") String name,
            @JsonProperty("color") @Nullable Tint color,
            @JsonProperty("colors") List<Tint> colors) {}

    /** The target's enumeration. */
    public enum Tint {
        RED,
        GREEN,
        YELLOW
    }

    /** A target that requires a field the source does not have. */
    public record Required(
            @JsonProperty("name") String name,
            @JsonProperty("extra") @NotNull String extra) {}

    /** A target whose name is a list. */
    public record Listed(@JsonProperty("name") List<String> name) {}

    private static final Before GOLDEN = new Before("n", Color.GOLD, List.of(Color.RED, Color.GOLD, Color.GREEN));

    @Test
    void aValueTheTargetEnumerationLacksIsLeftOutAndReported() {
        Translator translator = new Translator("V2", List.of(), List.of());

        Translated<After> translated = translator.translate(GOLDEN, After.class);

        assertThat(translated.value()).isEqualTo(new After("n", null, List.of(Tint.RED, Tint.GREEN)));
        assertThat(translated.losses())
                .containsExactly(
                        new Loss("color", "V2 has no value \"GOLD\" of Tint; left out"),
                        new Loss("colors[1]", "V2 has no value \"GOLD\" of Tint; left out"));
    }

    @Test
    void aDeclaredSubstituteCarriesTheValueAndSaysWhy() {
        Translator translator = new Translator(
                "V2", List.of(), List.of(new Substitute(Color.class, "GOLD", "YELLOW", "gold is yellow")));

        Translated<After> translated = translator.translate(GOLDEN, After.class);

        assertThat(translated.value())
                .isEqualTo(new After("n", Tint.YELLOW, List.of(Tint.RED, Tint.YELLOW, Tint.GREEN)));
        assertThat(translated.losses())
                .containsExactly(new Loss("color", "gold is yellow"), new Loss("colors[1]", "gold is yellow"));
    }

    @Test
    void aRequiredFieldThatNothingProvidesIsAnUndeclaredDifference() {
        Translator translator = new Translator("V2", List.of(), List.of());

        assertThatThrownBy(() -> translator.translate(GOLDEN, Required.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("extra is required, and nothing provides it; declare a difference");
    }

    @Test
    void aDeclaredDifferenceProvidesARequiredField() {
        Translator translator = new Translator(
                "V2",
                List.of(new Difference(
                        Before.class,
                        Required.class,
                        Set.of(),
                        Set.of("extra"),
                        (node, path, losses) ->
                                node.put("extra", node.get("name").asText() + "!"))),
                List.of());

        Translated<Required> translated = translator.translate(GOLDEN, Required.class);

        assertThat(translated.value()).isEqualTo(new Required("n", "n!"));
        assertThat(translated.losses()).extracting(Loss::path).containsExactly("color", "colors");
    }

    @Test
    void aFieldThatChangedItsKindIsAnUndeclaredDifference() {
        Translator translator = new Translator("V2", List.of(), List.of());

        assertThatThrownBy(() -> translator.translate(GOLDEN, Listed.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("name changed its kind; declare a difference");
    }

    @Test
    void anEditThatWritesWhatTheTargetCannotReadFailsLoudly() {
        Translator translator = new Translator(
                "V2",
                List.of(new Difference(
                        Before.class,
                        After.class,
                        Set.of("name"),
                        Set.of(),
                        (node, path, losses) -> node.put("name", 5))),
                List.of());

        assertThatThrownBy(() -> translator.translate(GOLDEN, After.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("produced JSON it cannot hold")
                .hasMessageContaining("name: type: expected a string, was a number");
    }
}
