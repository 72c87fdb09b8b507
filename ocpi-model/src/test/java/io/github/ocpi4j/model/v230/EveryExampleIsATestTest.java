package io.github.ocpi4j.model.v230;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.SpecFiles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the promise that every JSON example of OCPI 2.3.0 and of Bookings 1.1 is a test: the examples the module
 * tests run, put together, are exactly the files of both folders, so a new or renamed example cannot go untested.
 */
class EveryExampleIsATestTest {
    /** The module tests that each run a share of the examples, through their {@code examples()} source. */
    private static final List<String> MODULE_TESTS = List.of(
            "bookings.BookingsExamplesTest",
            "cdrs.CdrsExamplesTest",
            "credentials.CredentialsExamplesTest",
            "locations.LocationsExamplesTest",
            "payments.PaymentsExamplesTest",
            "sessions.SessionsExamplesTest",
            "tariffs.TariffsExamplesTest",
            "tokens.TokensExamplesTest",
            "types.TypesExamplesTest",
            "versions.VersionsExamplesTest");

    @Test
    void theModuleTestsTogetherRunEveryExampleOfBothFoldersOnce() throws Exception {
        List<String> tested = new ArrayList<>();
        for (String test : MODULE_TESTS) {
            Method examples =
                    Class.forName(getClass().getPackageName() + "." + test).getDeclaredMethod("examples");
            examples.setAccessible(true);
            try (Stream<?> names = (Stream<?>) examples.invoke(null)) {
                names.forEach(name -> tested.add(test.startsWith("bookings.") ? "bookings/" + name : (String) name));
            }
        }

        List<String> folders = new ArrayList<>(SpecFiles.exampleNames("2.3.0"));
        SpecFiles.exampleNames("2.3.0-bookings-1.1").forEach(name -> folders.add("bookings/" + name));

        assertThat(tested).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(folders);
    }
}
