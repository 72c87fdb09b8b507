package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PatchFieldTest {

    @Test
    void absentFieldLeavesTheValueUnchanged() {
        PatchField<String> field = PatchField.absent();

        assertThat(field.isAbsent()).isTrue();
        assertThat(field.isPresent()).isFalse();
        assertThat(field.applyTo("old")).isEqualTo("old");
        assertThat(field.value()).isEmpty();
    }

    @Test
    void nullFieldClearsTheValue() {
        PatchField<String> field = PatchField.ofNull();

        assertThat(field.isPresent()).isTrue();
        assertThat(field.isNull()).isTrue();
        assertThat(field.applyTo("old")).isNull();
    }

    @Test
    void setFieldReplacesTheValue() {
        PatchField<String> field = PatchField.of("new");

        assertThat(field.isPresent()).isTrue();
        assertThat(field.isNull()).isFalse();
        assertThat(field.get()).isEqualTo("new");
        assertThat(field.applyTo("old")).isEqualTo("new");
    }

    @Test
    void ofNullableMapsNullToAnExplicitNull() {
        assertThat(PatchField.ofNullable(null)).isEqualTo(PatchField.ofNull());
        assertThat(PatchField.ofNullable("x")).isEqualTo(PatchField.of("x"));
    }

    @Test
    void getOfAnAbsentOrNullFieldSaysWhich() {
        assertThatThrownBy(() -> PatchField.absent().get())
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("field is absent");
        assertThatThrownBy(() -> PatchField.ofNull().get())
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("field is null");
    }

    @Test
    void absentNullAndValueAreThreeDifferentStates() {
        assertThat(PatchField.absent()).isNotEqualTo(PatchField.ofNull());
        assertThat(PatchField.ofNull()).isNotEqualTo(PatchField.of("x"));
        assertThat(PatchField.of("x")).isEqualTo(PatchField.of("x")).hasSameHashCodeAs(PatchField.of("x"));
    }
}
