package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.time.Instant;

/**
 * Objects of the CPO NL-CPO, after the specification's examples: a location, a tariff, and sessions and CDRs of the
 * eMSP NL-EMS's token RFID0001.
 */
final class CpoObjects {
    private CpoObjects() {}

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    /** Location {@code id} with EVSEs 3256 (connectors 1 and 2) and 3257 (connector 1), last updated at {@code at}. */
    static Location location(String id, Instant at) {
        String json = """
                {
                  "country_code": "NL", "party_id": "CPO", "id": "%s", "publish": true, "name": "Utrecht Centraal",
                  "address": "Stationsplein 1", "city": "Utrecht", "postal_code": "3511 ED", "country": "NLD",
                  "coordinates": {"latitude": "52.089440", "longitude": "5.110170"},
                  "evses": [{
                    "uid": "3256", "evse_id": "NL*CPO*E3256", "status": "AVAILABLE", "capabilities": ["RESERVABLE"],
                    "connectors": [
                      {"id": "1", "standard": "IEC_62196_T2", "format": "SOCKET", "power_type": "AC_3_PHASE",
                       "max_voltage": 230, "max_amperage": 16, "last_updated": "%s"},
                      {"id": "2", "standard": "IEC_62196_T2", "format": "SOCKET", "power_type": "AC_3_PHASE",
                       "max_voltage": 230, "max_amperage": 16, "last_updated": "%s"}],
                    "last_updated": "%s"
                  }, {
                    "uid": "3257", "evse_id": "NL*CPO*E3257", "status": "AVAILABLE",
                    "connectors": [
                      {"id": "1", "standard": "IEC_62196_T2_COMBO", "format": "CABLE", "power_type": "DC",
                       "max_voltage": 920, "max_amperage": 200, "last_updated": "%s"}],
                    "last_updated": "%s"
                  }],
                  "time_zone": "Europe/Amsterdam",
                  "last_updated": "%s"
                }
                """.formatted(id, at, at, at, at, at, at);
        return read(json, Location.class);
    }

    /** Tariff {@code id}: 2 euro an hour, last updated at {@code at}. */
    static Tariff tariff(String id, Instant at) {
        String json = """
                {
                  "country_code": "NL", "party_id": "CPO", "id": "%s", "currency": "EUR",
                  "elements": [{"price_components": [{"type": "TIME", "price": 2.00, "vat": 21.0, "step_size": 60}]}],
                  "last_updated": "%s"
                }
                """.formatted(id, at);
        return read(json, Tariff.class);
    }

    /** Session {@code id} of RFID0001 at LOC1, active, with one charging period, last updated at {@code at}. */
    static Session session(String id, Instant at) {
        String json = """
                {
                  "country_code": "NL", "party_id": "CPO", "id": "%s",
                  "start_date_time": "2024-05-01T09:00:00Z", "kwh": 2.5,
                  "cdr_token": {"country_code": "NL", "party_id": "EMS", "uid": "RFID0001", "type": "RFID",
                                "contract_id": "NL-EMS-C00000001"},
                  "auth_method": "WHITELIST", "location_id": "LOC1", "evse_uid": "3256", "connector_id": "1",
                  "currency": "EUR",
                  "charging_periods": [{"start_date_time": "2024-05-01T09:00:00Z",
                                        "dimensions": [{"type": "ENERGY", "volume": 2.5}]}],
                  "status": "ACTIVE",
                  "last_updated": "%s"
                }
                """.formatted(id, at);
        return read(json, Session.class);
    }

    /** A PATCH of a session with a second charging period, from 09:30, and 7.5 kWh in all. */
    static SessionPatch secondPeriod() {
        String json = """
                {
                  "kwh": 7.5,
                  "charging_periods": [{"start_date_time": "2024-05-01T09:30:00Z",
                                        "dimensions": [{"type": "ENERGY", "volume": 5.0}]}],
                  "last_updated": "2024-05-01T09:30:00Z"
                }
                """;
        return read(json, SessionPatch.class);
    }

    /** CDR {@code id} of RFID0001 at LOC1, last updated at {@code at}. */
    static CDR cdr(String id, Instant at) {
        String json = """
                {
                  "country_code": "NL", "party_id": "CPO", "id": "%s",
                  "start_date_time": "2024-05-01T09:00:00Z", "end_date_time": "2024-05-01T10:00:00Z",
                  "cdr_token": {"country_code": "NL", "party_id": "EMS", "uid": "RFID0001", "type": "RFID",
                                "contract_id": "NL-EMS-C00000001"},
                  "auth_method": "WHITELIST",
                  "cdr_location": {"id": "LOC1", "address": "Stationsplein 1", "city": "Utrecht", "country": "NLD",
                                   "coordinates": {"latitude": "52.089440", "longitude": "5.110170"},
                                   "evse_uid": "3256", "evse_id": "NL*CPO*E3256", "connector_id": "1",
                                   "connector_standard": "IEC_62196_T2", "connector_format": "SOCKET",
                                   "connector_power_type": "AC_3_PHASE"},
                  "currency": "EUR",
                  "charging_periods": [{"start_date_time": "2024-05-01T09:00:00Z",
                                        "dimensions": [{"type": "TIME", "volume": 1.0}]}],
                  "total_cost": {"excl_vat": 2.00, "incl_vat": 2.42},
                  "total_energy": 7.5, "total_time": 1.0,
                  "last_updated": "%s"
                }
                """.formatted(id, at);
        return read(json, CDR.class);
    }
}
