package io.github.ocpi4j.model.processor;

import static io.github.ocpi4j.model.JsonAssertions.assertSameJson;
import static io.github.ocpi4j.model.processor.GeneratedBuilderTest.gadget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PATCH type that {@code @GeneratePatch} writes, on the tests' own {@link Gadget}: its shape, absent and
 * {@code null} on the wire, validation and {@code applyTo} ({@code [[transport_and_format_patch]]}).
 */
class GeneratedPatchTest {
    private static final Instant NOW = Instant.parse("2024-06-01T08:00:00Z");

    private final OcpiJson json = OcpiJson.instance();

    @Test
    void everyComponentBecomesAPatchFieldWithTheRecordsAnnotationsButLastUpdatedStaysPlain() {
        RecordComponent[] record = Gadget.class.getRecordComponents();
        RecordComponent[] patch = GadgetPatch.class.getRecordComponents();

        assertThat(Arrays.stream(patch).map(RecordComponent::getName))
                .containsExactlyElementsOf(
                        Arrays.stream(record).map(RecordComponent::getName).toList());
        for (int i = 0; i < record.length; i++) {
            List<Annotation> expected = Arrays.stream(record[i].getAccessor().getAnnotations())
                    .filter(a -> !(a instanceof Valid))
                    .toList();
            assertThat(patch[i].getAccessor().getAnnotations())
                    .as(record[i].getName())
                    .containsExactlyElementsOf(expected);
            boolean lastUpdated = record[i].getName().equals("lastUpdated");
            String type = record[i].getGenericType().getTypeName();
            assertThat(patch[i].getGenericType().getTypeName())
                    .as(record[i].getName())
                    .isEqualTo(lastUpdated ? type : PatchField.class.getName() + "<" + type + ">");
        }
    }

    @Test
    void validMovesOntoTheTypeArgumentAndElementRulesStayOnTheElements() {
        AnnotatedType owner = argument(component(GadgetPatch.class, "owner"));
        AnnotatedType parts = argument(component(GadgetPatch.class, "parts"));
        AnnotatedType tags = argument(component(GadgetPatch.class, "tags"));

        assertThat(owner.isAnnotationPresent(Valid.class)).isTrue();
        assertThat(component(GadgetPatch.class, "owner").getAccessor().isAnnotationPresent(Valid.class))
                .isFalse();
        assertThat(argument(parts).isAnnotationPresent(Valid.class)).isTrue();
        assertThat(argument(tags).getAnnotation(Size.class).max()).isEqualTo(3);
    }

    @Test
    void absentFieldsAreLeftOutOfTheJsonAndNullOnesWrittenAsNull() {
        GadgetPatch patch =
                GadgetPatch.builder().name(null).owner(null).lastUpdated(NOW).build();

        byte[] written = json.write(patch);

        assertSameJson(
                written,
                "{\"name\":null,\"owner\":null,\"last_updated\":\"2024-06-01T08:00:00Z\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(json.read(written, GadgetPatch.class).get()).isEqualTo(patch);
    }

    @Test
    void readingTellsAnAbsentFieldFromAnExplicitNull() {
        GadgetPatch patch = json.read(
                        "{\"name\":null,\"tags\":[\"a\"],\"last_updated\":\"2024-06-01T08:00:00Z\"}"
                                .getBytes(StandardCharsets.UTF_8),
                        GadgetPatch.class)
                .get();

        assertThat(patch.name().isNull()).isTrue();
        assertThat(patch.tags()).isEqualTo(PatchField.of(List.of("a")));
        assertThat(patch.id().isAbsent()).isTrue();
        assertThat(patch.owner().isAbsent()).isTrue();
    }

    @Test
    void nullComponentsOfTheConstructorBecomeAbsent() {
        GadgetPatch patch = new GadgetPatch(null, null, null, null, null, null, NOW);

        assertThat(patch).isEqualTo(GadgetPatch.builder().lastUpdated(NOW).build());
        assertThat(patch.name().isAbsent()).isTrue();
    }

    @Test
    void applyToReplacesWhatThePatchSetsClearsItsNullsAndKeepsTheRest() {
        Gadget gadget = gadget();

        Gadget patched = GadgetPatch.builder()
                .name("Desk")
                .owner(null)
                .tags(null)
                .lastUpdated(NOW)
                .build()
                .applyTo(gadget);

        assertThat(patched)
                .isEqualTo(gadget.toBuilder()
                        .name("Desk")
                        .owner(null)
                        .tags(List.of())
                        .lastUpdated(NOW)
                        .build());
    }

    @Test
    void appendedListGetsThePatchsElementsAfterItsOwn() {
        Gadget gadget = gadget().toBuilder().log(List.of("made", "sold")).build();

        Gadget patched = GadgetPatch.builder()
                .log(List.of("fixed"))
                .lastUpdated(NOW)
                .build()
                .applyTo(gadget);

        assertThat(patched.log()).containsExactly("made", "sold", "fixed");
    }

    @Test
    void appendedListIsUnchangedByAnAbsentEmptyOrNullList() {
        Gadget gadget = gadget();

        for (GadgetPatch patch : List.of(
                GadgetPatch.builder().lastUpdated(NOW).build(),
                GadgetPatch.builder().log(List.of()).lastUpdated(NOW).build(),
                GadgetPatch.builder().log(null).lastUpdated(NOW).build())) {
            assertThat(patch.applyTo(gadget).log()).as("%s", patch).containsExactly("made");
        }
    }

    @Test
    void validationChecksTheValuesAPatchSetsWithTheRecordsRules() {
        GadgetPatch patch = GadgetPatch.builder()
                .id((String) null)
                .name("far too long")
                .parts(List.of())
                .tags(List.of("long"))
                .owner(Part.of("12345"))
                .lastUpdated(NOW)
                .build();

        assertThat(json.validate(patch))
                .containsExactlyInAnyOrder(
                        new Violation("id", "required: a PATCH cannot set it to null"),
                        new Violation("name", "string(5): 12 characters, at most 5 allowed"),
                        new Violation("parts", "cardinality +: at least one element required"),
                        new Violation("tags[0]", "string(3): 4 characters, at most 3 allowed"),
                        new Violation("owner.serial", "string(4): 5 characters, at most 4 allowed"));
        assertThat(json.validate(GadgetPatch.builder().build()))
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void patchBuilderToBuilderKeepsAbsentNullAndSetFields() {
        GadgetPatch patch =
                GadgetPatch.builder().name(null).id("G-2").lastUpdated(NOW).build();

        assertThat(patch.toBuilder().build()).isEqualTo(patch);
        assertThat(patch.toBuilder().build().owner().isAbsent()).isTrue();
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static AnnotatedType argument(RecordComponent component) {
        return argument(component.getAccessor().getAnnotatedReturnType());
    }

    private static AnnotatedType argument(AnnotatedType type) {
        return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    }
}
