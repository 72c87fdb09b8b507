package io.github.ocpi4j.examples.cpo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.examples.cpo.SampleData.Data;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample data: valid OCPI, the same on every run, billed by {@link Pricing}, and large enough that an eMSP
 * pulls it through several pages.
 */
class SampleDataTest {
    private static final Data SAMPLE = SampleData.generate("NL", "CPO");

    @Test
    void everySampleObjectIsValidOcpi() {
        OcpiJson json = OcpiJson.instance();

        assertThat(SAMPLE.tariffs())
                .allSatisfy(t -> assertThat(json.validate(t)).as(t.id().value()).isEmpty());
        assertThat(SAMPLE.locations())
                .allSatisfy(l -> assertThat(json.validate(l)).as(l.id().value()).isEmpty());
        assertThat(SAMPLE.sessions())
                .allSatisfy(s -> assertThat(json.validate(s)).as(s.id().value()).isEmpty());
        assertThat(SAMPLE.cdrs())
                .allSatisfy(c -> assertThat(json.validate(c)).as(c.id().value()).isEmpty());
    }

    @Test
    void theSampleIsTheSameOnEveryRun() {
        assertThat(SampleData.generate("NL", "CPO")).isEqualTo(SAMPLE);
    }

    @Test
    void theSampleSpansCountriesEvsesConnectorsAndTariffRestrictions() {
        assertThat(SAMPLE.locations()).hasSize(60);
        assertThat(SAMPLE.locations()).extracting(Location::country).containsOnly("NLD", "BEL", "DEU", "FRA");
        assertThat(SAMPLE.locations()).allSatisfy(l -> assertThat(l.evses()).hasSizeBetween(1, 4));
        assertThat(SAMPLE.locations().stream().flatMap(l -> l.evses().stream()))
                .allSatisfy(e -> assertThat(e.connectors()).hasSizeBetween(1, 2));
        assertThat(SAMPLE.locations().stream().map(l -> l.evses().size()).distinct())
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(connectors().map(c -> c.standard().value()).distinct())
                .contains("IEC_62196_T2", "IEC_62196_T2_COMBO", "CHADEMO", "DOMESTIC_F", "DOMESTIC_E");
        assertThat(connectors().map(Connector::powerType).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(SAMPLE.locations())
                .anyMatch(l -> l.openingTimes() != null && !l.openingTimes().twentyfourseven());
        assertThat(SAMPLE.tariffs()).hasSize(16);
        assertThat(elements())
                .anyMatch(e -> e.restrictions() != null && e.restrictions().startTime() != null);
        assertThat(elements()).anyMatch(e -> e.priceComponents().get(0).type() == TariffDimensionType.PARKING_TIME);
        assertThat(SAMPLE.sessions()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(SAMPLE.cdrs()).hasSameSizeAs(SAMPLE.sessions());
        assertThat(SAMPLE.cdrs()).allMatch(c -> c.cdrToken().partyId().value().equals("EMS"));
    }

    @Test
    void locationOneIsReadyForADemo() {
        Location first = SAMPLE.locations().get(0);

        assertThat(first.id().value()).isEqualTo("LOC001");
        assertThat(first.city()).isEqualTo("Amsterdam");
        assertThat(first.evses()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(io.github.ocpi4j.model.v221.locations.Status.AVAILABLE);
            assertThat(e.capabilities().stream().map(Object::toString))
                    .contains("RESERVABLE", "REMOTE_START_STOP_CAPABLE", "CHARGING_PREFERENCES_CAPABLE");
        });
    }

    @Test
    void everySampleCdrCostsWhatPricingComputesForItsPeriods() {
        Map<String, Location> locations =
                SAMPLE.locations().stream().collect(Collectors.toMap(l -> l.id().value(), Function.identity()));

        assertThat(SAMPLE.cdrs()).allSatisfy(cdr -> {
            ZoneId zone =
                    ZoneId.of(locations.get(cdr.cdrLocation().id().value()).timeZone());
            assertThat(cdr.tariffs()).hasSize(1);
            assertThat(Pricing.price(cdr.tariffs().get(0), cdr, zone).applyTo(cdr))
                    .as(cdr.id().value())
                    .isEqualTo(cdr);
        });
        assertThat(SAMPLE.cdrs())
                .anyMatch(c -> c.totalParkingCost() != null
                        && c.totalParkingCost().exclVat().signum() > 0);
        assertThat(SAMPLE.cdrs())
                .anyMatch(c -> c.totalFixedCost() != null
                        && c.totalFixedCost().exclVat().signum() > 0);
    }

    @Test
    void anEmspPullsTheSampleThroughSeveralPages() {
        try (JdbcCpo cpo = JdbcCpo.builder()
                        .sampleData(true)
                        .retryInterval(java.time.Duration.ZERO)
                        .start(new InetSocketAddress("127.0.0.1", 0));
                OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build()) {
            cpo.preRegister("NL", "EMS", "token-c-of-nl-ems");
            V221 sample = client.connect(cpo.versionsUrl(), "token-c-of-nl-ems").v221();

            Page<Location> first = sample.locationsSender().page(ListQuery.all().limit(25));
            Instant epoch = Instant.EPOCH;

            assertThat(first.items())
                    .as("the CPO's page size, whatever the limit asked")
                    .hasSize(20);
            assertThat(first.totalCount()).isEqualTo(60);
            assertThat(first.nextUrl()).isNotNull();
            assertThat(sample.locationsSender().stream(ListQuery.all().limit(25))
                            .map(Location::id))
                    .containsExactlyElementsOf(
                            SAMPLE.locations().stream().map(Location::id).toList());
            assertThat(sample.tariffsSender().stream(ListQuery.all().limit(5))).hasSize(16);
            assertThat(sample.sessionsSender().stream(
                                    ListQuery.all().dateFrom(epoch).limit(20))
                            .map(Session::id))
                    .containsExactlyInAnyOrderElementsOf(
                            SAMPLE.sessions().stream().map(Session::id).toList());
            assertThat(sample.cdrsSender().stream(ListQuery.all().limit(20)).map(CDR::id))
                    .containsExactlyInAnyOrderElementsOf(
                            SAMPLE.cdrs().stream().map(CDR::id).toList());
        }
    }

    @Test
    void dateFiltersOfThePullSelectTheLocationsUpdatedInTheirRange() {
        Instant from = SAMPLE.locations().get(10).lastUpdated();
        Instant to = SAMPLE.locations().get(20).lastUpdated();
        try (JdbcCpo cpo = JdbcCpo.builder()
                        .sampleData(true)
                        .retryInterval(java.time.Duration.ZERO)
                        .start(new InetSocketAddress("127.0.0.1", 0));
                OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build()) {
            cpo.preRegister("NL", "EMS", "token-c-of-nl-ems");
            V221 sample = client.connect(cpo.versionsUrl(), "token-c-of-nl-ems").v221();

            assertThat(sample.locationsSender().stream(
                            ListQuery.all().dateFrom(from).dateTo(to).limit(4)))
                    .containsExactlyElementsOf(SAMPLE.locations().subList(10, 20));
        }
    }

    private static java.util.stream.Stream<Connector> connectors() {
        return SAMPLE.locations().stream()
                .flatMap(l -> l.evses().stream())
                .map(EVSE::connectors)
                .flatMap(java.util.List::stream);
    }

    private static java.util.stream.Stream<TariffElement> elements() {
        return SAMPLE.tariffs().stream().flatMap(t -> t.elements().stream());
    }
}
