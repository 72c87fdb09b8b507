package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.PatchField;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets a Jakarta Validator apply the constraints of a PATCH record's component to the value the PATCH sets, as
 * {@code OcpiJson} does: an absent field is not checked, an explicit {@code null} is checked as {@code null}.
 * Registered through {@code META-INF/services}, so a host's Validator finds it by itself.
 */
@UnwrapByDefault
public final class PatchFieldValueExtractor implements ValueExtractor<PatchField<@ExtractedValue ?>> {

    @Override
    public void extractValues(PatchField<?> originalValue, ValueReceiver receiver) {
        if (originalValue.isPresent()) {
            receiver.value(null, originalValue.value().orElse(null));
        }
    }
}
