package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.util.List;

/**
 * The README's "Quick start: reading and validating OCPI JSON", run by {@link ReadmeSnippetsTest}: a Location to read
 * ({@code bytes}), a page of tariffs ({@code body}) and the type to read it as.
 */
final class JsonQuickStart {
    private JsonQuickStart() {}

    static void readAndValidate(byte[] bytes, byte[] body, OcpiType<?> type) {
        // spotless:off
        // README:begin Quick start: reading and validating OCPI JSON
        OcpiJson json = OcpiJson.instance();                       // thread-safe, share it

        ReadResult<Location> result = json.read(bytes, Location.class);
        if (!result.isValid()) {
            result.violations().forEach(System.out::println);
            // evses[0].status: enum Status: unknown value "BROKEN" (allowed: AVAILABLE, BLOCKED, ...)
            // evses[1].connectors[0].last_updated: required
        }
        Location location = result.get();                          // or OcpiValidationException with every violation

        Location renamed = location.toBuilder().name("Gent Zuid").build();
        List<Violation> problems = json.validate(renamed);         // the same rules, for data you built
        byte[] out = json.write(renamed);

        // lists and the response envelope
        ReadResult<OcpiResponse<List<Tariff>>> page = json.read(body, OcpiType.responseOfList(Tariff.class));

        // a peer's document cannot make a read hold more than you accept
        OcpiJson bounded = json.withMaxElements(100_000);         // array elements of a document, all arrays together
        bounded.read(body, type).isLimitReached();                  // reading stopped at the 100,001st
        // README:end
        // spotless:on
    }
}
