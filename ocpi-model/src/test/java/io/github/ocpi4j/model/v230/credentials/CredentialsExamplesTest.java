package io.github.ocpi4j.model.v230.credentials;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecExamples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The OCPI 2.3.0 examples of the credentials module ({@code [[credentials_example]]}). */
class CredentialsExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyCredentialsExampleIsReadValidatedAndWrittenBackUnchanged() {
        OcpiType<Credentials> credentials = OcpiType.of(Credentials.class);
        return SpecExamples.of(
                "2.3.0",
                List.of("credentials"),
                Map.of(
                        "credentials_example.json", credentials,
                        "credentials_example2.json", credentials,
                        "credentials_example3.json", credentials,
                        "credentials_example4.json", credentials));
    }
}
