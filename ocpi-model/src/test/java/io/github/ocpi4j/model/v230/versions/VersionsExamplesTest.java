package io.github.ocpi4j.model.v230.versions;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecExamples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The OCPI 2.3.0 examples of the versions module ({@code [[versions_module]]}). */
class VersionsExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyVersionsExampleIsReadValidatedAndWrittenBackUnchanged() {
        return SpecExamples.of(
                "2.3.0",
                List.of("version", "transport_and_format_version"),
                Map.of(
                        "versions_info_example.json", OcpiType.listOf(Version.class),
                        "version_details_example.json", OcpiType.of(VersionDetails.class),
                        "version_details_example2.json", OcpiType.of(VersionDetails.class),
                        "transport_and_format_version_info_example.json", OcpiType.responseOfList(Version.class),
                        "transport_and_format_version_details_example.json",
                                OcpiType.responseOf(VersionDetails.class)));
    }
}
