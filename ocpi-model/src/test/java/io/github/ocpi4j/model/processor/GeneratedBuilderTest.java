package io.github.ocpi4j.model.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder that {@code @GenerateBuilder} writes, on the tests' own {@link Gadget}. */
class GeneratedBuilderTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

    static Gadget gadget() {
        return Gadget.builder()
                .id("G-1")
                .name("Lamp")
                .parts(List.of(Part.of("P1")))
                .tags(List.of("red"))
                .log(List.of("made"))
                .owner(Part.of("O1"))
                .lastUpdated(T)
                .build();
    }

    @Test
    void setterPerComponentSetsIt() {
        Gadget gadget = gadget();

        assertThat(gadget)
                .isEqualTo(new Gadget(
                        CiString.of("G-1"),
                        "Lamp",
                        List.of(Part.of("P1")),
                        List.of("red"),
                        List.of("made"),
                        Part.of("O1"),
                        T));
    }

    @Test
    void ciStringComponentAlsoTakesItsSpelling() {
        Gadget spelt = Gadget.builder().id("g-1").build();

        assertThat(spelt).isEqualTo(Gadget.builder().id(CiString.of("G-1")).build());
        assertThat(spelt.id().toString()).isEqualTo("g-1");
        assertThat(Gadget.builder().id("G-1").id((String) null).build())
                .isEqualTo(Gadget.builder().build());
    }

    @Test
    void listsStartEmptyAndOtherComponentsNull() {
        Gadget empty = Gadget.builder().build();

        assertThat(empty).isEqualTo(new Gadget(null, null, List.of(), List.of(), List.of(), null, null));
        assertThat(empty.parts()).isNotNull().isEmpty();
    }

    @Test
    void buildDoesNotValidate() {
        Gadget broken = Gadget.builder().name("far too long").build();

        assertThat(OcpiJson.instance().validate(broken))
                .contains(
                        new Violation("id", "required"),
                        new Violation("name", "string(5): 12 characters, at most 5 allowed"),
                        new Violation("last_updated", "required"));
    }

    @Test
    void toBuilderCopiesEveryComponentAndLeavesTheOriginalAlone() {
        Gadget gadget = gadget();

        Gadget renamed = gadget.toBuilder().name("Desk").build();

        assertThat(gadget.toBuilder().build()).isEqualTo(gadget);
        assertThat(renamed)
                .isEqualTo(new Gadget(
                        gadget.id(), "Desk", gadget.parts(), gadget.tags(), gadget.log(), gadget.owner(), T));
        assertThat(gadget.name()).isEqualTo("Lamp");
    }
}
