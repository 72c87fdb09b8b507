package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void knownValueIsTheConstant() {
        assertThat(ConnectorType.of("IEC_62196_T2")).isSameAs(ConnectorType.IEC_62196_T2);
        assertThat(ConnectorType.IEC_62196_T2.isKnown()).isTrue();
    }

    @Test
    void unknownValueIsKeptAsItIs() {
        ConnectorType nacs = ConnectorType.of("NACS");

        assertThat(nacs.isKnown()).isFalse();
        assertThat(nacs.value()).isEqualTo("NACS");
        assertThat(nacs).isEqualTo(ConnectorType.of("NACS")).hasSameHashCodeAs(ConnectorType.of("NACS"));
        assertThat(ConnectorType.knownValues()).doesNotContain(nacs);
    }

    @Test
    void valuesCompareCaseSensitivelyAndOnlyWithinTheirType() {
        assertThat(ConnectorType.of("chademo")).isNotEqualTo(ConnectorType.CHADEMO);
        assertThat((Object) ModuleID.of("CHADEMO")).isNotEqualTo(ConnectorType.CHADEMO);
    }

    @Test
    void knownValuesFollowTheSpecificationOrder() {
        assertThat(ConnectorType.knownValues()).startsWith(ConnectorType.CHADEMO, ConnectorType.CHAOJI);
        assertThat(ConnectorType.knownValues()).hasSize(40);
    }

    @Test
    void unknownValueFromAPartnerIsReadValidAndWrittenBackUnchanged() {
        String connector = """
                {"id":"1","standard":"NACS","format":"CABLE","power_type":"DC","max_voltage":1000,
                 "max_amperage":500,"last_updated":"2024-01-01T00:00:00Z"}""";

        ReadResult<Connector> result = json.read(connector, Connector.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().standard().value()).isEqualTo("NACS");
        assertThat(json.writeString(result.get())).contains("\"standard\":\"NACS\"");
    }
}
