package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.v221.Responses.assertError;
import static io.github.ocpi4j.server.v221.Responses.assertMethodNotAllowed;
import static io.github.ocpi4j.server.v221.Responses.assertNotFound;
import static io.github.ocpi4j.server.v221.Responses.assertNotYours;
import static io.github.ocpi4j.server.v221.Responses.assertSuccess;
import static io.github.ocpi4j.server.v221.Responses.assertSuccessWithoutData;
import static io.github.ocpi4j.server.v221.Responses.assertViolations;
import static io.github.ocpi4j.server.v221.Responses.read;
import static io.github.ocpi4j.server.v221.Responses.tree;
import static io.github.ocpi4j.server.v221.Responses.treeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.ServerFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CDRs module through {@code handle()}: the Sender interface ({@code [[mod_cdrs_cpo_interface]]}), whose list
 * holds only the requesting eMSP's CDRs, and the Receiver interface ({@code [[mod_cdrs_emsp_interface]]}), which
 * answers a POST with the CDR's URL in {@code Location} ({@code [[mod_cdrs_response_headers]]}).
 */
class CdrsServerTest {
    /** A CDR of the CPO NL-EMS posting to us. */
    private static final String CDR_JSON =
            example("cdr_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");

    private static final String BASE = "https://cpo.example.com/ocpi/";
    private static final String CDR_URL = BASE + "2.2.1/receiver/cdrs/NL/EMS/12345";

    private final InMemoryCdrs cdrs = new InMemoryCdrs();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.cdrsSender(cdrs).cdrsReceiver(cdrs));

    /** A CDR of ours, the CPO NL-CPO, for a driver of the eMSP {@code country_code}-{@code party_id}. */
    private static CDR ours(String id, String countryCode, String partyId, String lastUpdated) {
        CDR cdr = read(example("cdr_example.json"), CDR.class);
        return cdr.toBuilder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .cdrToken(cdr.cdrToken().toBuilder()
                        .countryCode(countryCode)
                        .partyId(partyId)
                        .build())
                .lastUpdated(Instant.parse(lastUpdated))
                .build();
    }

    /** The request target of one of this server's URLs. */
    private static String target(String url) {
        assertThat(url).startsWith(BASE);
        return url.substring(BASE.length());
    }

    // ---- Sender ----------------------------------------------------------------------------------------------

    @Test
    void senderListIsAPageOfTheRequestingPartysCdrs() {
        CDR first = ours("1", "NL", "EMS", "2015-06-29T22:01:13Z");
        CDR second = ours("2", "NL", "EMS", "2015-06-29T22:02:13Z");
        CDR third = ours("3", "NL", "EMS", "2015-06-29T22:03:13Z");
        cdrs.own.addAll(List.of(first, second, third));

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/cdrs?limit=2", null);

        assertSuccess(response, tree("[" + treeOf(first) + "," + treeOf(second) + "]"));
        assertThat(response.header("X-Total-Count")).isEqualTo("3");
        assertThat(response.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/cdrs?offset=2&limit=2>; rel=\"next\"");
    }

    @Test
    void senderListHoldsOnlyTheRequestingPartysCdrs() {
        CDR mine = ours("1", "NL", "EMS", "2015-06-29T22:01:13Z");
        CDR theirs = ours("2", "DE", "OTH", "2015-06-29T22:02:13Z");
        cdrs.own.addAll(List.of(mine, theirs));

        assertSuccess(fixture.call("GET", "2.2.1/sender/cdrs", null), tree("[" + treeOf(mine) + "]"));
        assertSuccess(fixture.call("GET", "2.2.1/sender/cdrs", null, OTHER_TOKEN), tree("[" + treeOf(theirs) + "]"));
    }

    @Test
    void withheldCdrsDoNotMakeTheNextPageRepeatOnesAlreadySent() {
        CDR theirs = ours("1", "DE", "OTH", "2015-06-29T22:01:13Z");
        CDR mine = ours("2", "NL", "EMS", "2015-06-29T22:02:13Z");
        CDR mineToo = ours("3", "NL", "EMS", "2015-06-29T22:03:13Z");
        cdrs.own.addAll(List.of(theirs, mine, mineToo));

        OcpiHttpResponse first = fixture.call("GET", "2.2.1/sender/cdrs?limit=2", null);

        assertSuccess(first, tree("[" + treeOf(mine) + "]"));
        assertThat(first.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/cdrs?offset=2&limit=2>; rel=\"next\"");
    }

    @Test
    void senderHasOnlyGet() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(fixture.call(method, "2.2.1/sender/cdrs", CDR_JSON), method);
        }
        assertThat(cdrs.received).isEmpty();
    }

    // ---- Receiver --------------------------------------------------------------------------------------------

    @Test
    void postOfANewCdrIsCreatedWithItsUrlInLocationWhereItCanBeFetched() {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/cdrs", CDR_JSON);

        assertSuccessWithoutData(response, 201);
        assertThat(response.header("Location")).isEqualTo(CDR_URL);
        assertThat(cdrs.received.values()).containsExactly(read(CDR_JSON, CDR.class));
        assertSuccess(fixture.call("GET", target(response.header("Location")), null), tree(CDR_JSON));
    }

    @Test
    void locationOfACdrWhoseIdNeedsEscapingLeadsBackToIt() {
        String cdr = CDR_JSON.replace("\"id\": \"12345\"", "\"id\": \"12345/A B?\"");

        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/cdrs", cdr);

        assertSuccessWithoutData(response, 201);
        assertThat(response.header("Location")).isEqualTo(CDR_URL + "%2FA%20B%3F");
        assertSuccess(fixture.call("GET", target(response.header("Location")), null), tree(cdr));
    }

    @Test
    void repeatedPostTheHostReportsAsUpdatedIsOk() {
        fixture.call("POST", "2.2.1/receiver/cdrs", CDR_JSON);

        OcpiHttpResponse again = fixture.call("POST", "2.2.1/receiver/cdrs", CDR_JSON);

        assertSuccessWithoutData(again, 200);
        assertThat(again.header("Location")).isEqualTo(CDR_URL);
        assertThat(cdrs.received).hasSize(1);
    }

    @Test
    void postOfACdrOfAnotherPartyThanTheSendersIs2001() {
        String theirs = CDR_JSON.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\"");

        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/cdrs", theirs);

        assertError(
                response,
                200,
                2001,
                "the CDR belongs to DE-OTH, which is not one of your roles: post only your own (NL-EMS)");
        assertThat(response.header("Location")).isNull();
        assertThat(cdrs.received).isEmpty();
    }

    @Test
    void postOfAnInvalidCdrIs2001WithItsViolations() {
        String broken = CDR_JSON.replace("\"total_energy\": 15.342,", "")
                .replace("\"auth_method\": \"WHITELIST\"", "\"auth_method\": \"PIN\"");

        assertViolations(
                fixture.call("POST", "2.2.1/receiver/cdrs", broken),
                "[{\"path\":\"auth_method\",\"rule\":"
                        + "\"enum AuthMethod: unknown value \\\"PIN\\\" (allowed: AUTH_REQUEST, COMMAND, WHITELIST)\"},"
                        + "{\"path\":\"total_energy\",\"rule\":\"required\"}]");
        assertThat(cdrs.received).isEmpty();
    }

    @Test
    void getOfAnUnknownCdrIsNotFound() {
        fixture.call("POST", "2.2.1/receiver/cdrs", CDR_JSON);

        assertNotFound(fixture.call("GET", "2.2.1/receiver/cdrs/NL/EMS/99999", null), "CDR not found");
    }

    @Test
    void anotherPartysCdrsAreInvisible() {
        String theirs = CDR_JSON.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\"");
        assertThat(fixture.call("POST", "2.2.1/receiver/cdrs", theirs, OTHER_TOKEN)
                        .status())
                .isEqualTo(201);

        assertNotYours(fixture.call("GET", "2.2.1/receiver/cdrs/DE/OTH/12345", null), "DE/OTH");
        assertSuccess(fixture.call("GET", "2.2.1/receiver/cdrs/DE/OTH/12345", null, OTHER_TOKEN), tree(theirs));
    }

    @Test
    void receiverCdrsCanOnlyBePostedAndFetched() {
        fixture.call("POST", "2.2.1/receiver/cdrs", CDR_JSON);
        CDR stored = read(CDR_JSON, CDR.class);

        for (String method : new String[] {"GET", "PUT", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(fixture.call(method, "2.2.1/receiver/cdrs", CDR_JSON), method);
        }
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(fixture.call(method, "2.2.1/receiver/cdrs/NL/EMS/12345", CDR_JSON), method);
        }
        assertThat(cdrs.received.values()).containsExactly(stored);
    }
}
