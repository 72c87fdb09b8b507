package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.locations.Location;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The eMSP on OCPI 2.3.0: a CPO of 2.3.0 pushes to it, it keeps 2.2.1 objects through translation, and what 2.2.1
 * cannot hold is refused with 2001 naming the field, never dropped ({@code [[types_price_class]]}, {@code
 * [[mod_locations_location_object]]}).
 */
class EmspV230Test {
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");

    private final Emsp emsp = Emsp.builder().versions("2.3.0").start(new InetSocketAddress("127.0.0.1", 0));
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final Partner cpo;

    EmspV230Test() {
        emsp.preRegister("NL", "CPO", "cpo-token");
        cpo = client.connect(emsp.versionsUrl(), "cpo-token");
    }

    @AfterEach
    void close() {
        client.close();
        emsp.close();
    }

    @Test
    void a230CdrIsKeptAs221WithItsTaxesAsVat() {
        CDR cdr = V221ToV230.cdr(CpoObjects.cdr("CDR-1", AT)).value();

        cpo.v230().cdrsReceiver().post(cdr);

        assertThat(cpo.version()).isEqualTo("2.3.0");
        assertThat(emsp.cdrs()).singleElement().isEqualTo(CpoObjects.cdr("CDR-1", AT));
    }

    @Test
    void aLocationWithAFieldThat221LacksIsRefusedWith2001NamingTheField() {
        Location withHelpPhone = V221ToV230.location(CpoObjects.location("LOC1", AT)).value().toBuilder()
                .helpPhone("+31201234567")
                .build();

        OcpiStatusException refused = catchThrowableOfType(
                OcpiStatusException.class, () -> cpo.v230().locationsReceiver().put(withHelpPhone));

        assertThat(refused.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
        assertThat(refused.getMessage()).contains("help_phone: OCPI 2.2.1 has no such field");
        assertThat(emsp.locations()).isEmpty();
    }

    @Test
    void versionsOtherThan221And230AreRefused() {
        assertThatThrownBy(() -> Emsp.builder().versions("2.1.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("versions: 2.2.1, 2.3.0 or both, not 2.1.1");
        assertThatThrownBy(() -> Emsp.builder().versions()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offersOnly230WhenToldSo() {
        assertThat(cpo.hasEndpoint("credentials", "SENDER")).isTrue();
        assertThat(cpo.endpoints()).allSatisfy(e -> assertThat(e.url()).contains("/2.3.0"));
    }
}
