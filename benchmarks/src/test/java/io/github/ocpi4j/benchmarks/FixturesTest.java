package io.github.ocpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesTest {
    private static final OcpiJson JSON = OcpiJson.instance();
    private static final List<Location> LOCATIONS = Fixtures.locations(20);

    @Test
    void generatedLocationsAreValidOcpi() {
        for (Location location : LOCATIONS) {
            assertThat(JSON.validate(location)).as(location.id().toString()).isEmpty();
        }
    }

    @Test
    void everyFieldOfALocationItsEvsesAndConnectorsIsUsedSomewhere() {
        assertEveryComponentUsed(Location.class, LOCATIONS);
        List<EVSE> evses = LOCATIONS.stream().flatMap(l -> l.evses().stream()).toList();
        assertEveryComponentUsed(EVSE.class, evses);
        assertEveryComponentUsed(
                Connector.class,
                evses.stream().flatMap(e -> e.connectors().stream()).toList());
    }

    @Test
    void aLocationHasFourEvsesOfTwoConnectors() {
        for (Location location : LOCATIONS) {
            assertThat(location.evses())
                    .hasSize(4)
                    .allSatisfy(e -> assertThat(e.connectors()).hasSize(2));
        }
    }

    @Test
    void fixturesAreTheSameInEveryRun() {
        assertThat(JSON.write(Fixtures.locations(20))).isEqualTo(JSON.write(LOCATIONS));
        assertThat(JSON.write(Fixtures.cdr())).isEqualTo(JSON.write(Fixtures.cdr()));
    }

    @Test
    void tariffAndCdrAreValidOcpi() {
        assertThat(Fixtures.tariff().elements()).hasSize(4);
        assertThat(JSON.validate(Fixtures.tariff())).isEmpty();
        assertThat(Fixtures.cdr().chargingPeriods()).hasSize(10);
        assertThat(JSON.validate(Fixtures.cdr())).isEmpty();
    }

    @Test
    void plainJacksonReadsTheSameRecordsAsOcpi4j() throws Exception {
        byte[] bytes = JSON.write(LOCATIONS);

        List<Location> plain = PlainJackson.MAPPER.readValue(bytes, new TypeReference<List<Location>>() {});
        List<Location> ocpi4j =
                JSON.read(bytes, OcpiType.listOf(Location.class)).get();

        assertThat(plain).isEqualTo(ocpi4j).isEqualTo(LOCATIONS);
    }

    @Test
    void plainJacksonWritesTheSameJsonAsOcpi4j() throws Exception {
        byte[] plain = PlainJackson.MAPPER.writeValueAsBytes(LOCATIONS);

        assertThat(PlainJackson.MAPPER.readTree(plain)).isEqualTo(PlainJackson.MAPPER.readTree(JSON.write(LOCATIONS)));
    }

    /** Every record component is non-null, and lists non-empty, in at least one of the values. */
    private static <T> void assertEveryComponentUsed(Class<T> type, List<T> values) {
        for (RecordComponent component : type.getRecordComponents()) {
            boolean used = values.stream().anyMatch(v -> {
                Object value = read(component, v);
                return value != null && !(value instanceof Collection<?> c && c.isEmpty());
            });
            assertThat(used)
                    .as(type.getSimpleName() + "." + component.getName())
                    .isTrue();
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
