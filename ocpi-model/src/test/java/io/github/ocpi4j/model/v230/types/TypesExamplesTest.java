package io.github.ocpi4j.model.v230.types;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecExamples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The OCPI 2.3.0 examples of the types every module uses ({@code [[types_displaytext_class]]}). */
class TypesExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyTypesExampleIsReadValidatedAndWrittenBackUnchanged() {
        return SpecExamples.of(
                "2.3.0", List.of("type_"), Map.of("type_displaytext_example.json", OcpiType.of(DisplayText.class)));
    }
}
