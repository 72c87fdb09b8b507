package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpi4j demo}: every step of the mission plays and says so; a step that does not is named. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoPlaysEveryStepAndExitsZero() {
        CommandLine result = run("demo");

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out())
                // authentication
                .contains("[1.2] The eMSP registers with token A")
                .containsPattern(Pattern.compile("eMSP -> CPO +POST +/ocpi/2\\.2\\.1/credentials +200 OCPI 1000"))
                .containsPattern(Pattern.compile("OTH -> CPO +GET +/ocpi/versions +401"))
                .containsPattern(Pattern.compile("\\.\\.\\. and 54 more like it.*/receiver/tokens/NL/EMS/APP0015"))
                .containsPattern(Pattern.compile("CPO -> eMSP +POST +/ocpi/2\\.2\\.1/sender/tokens/RFID0002/authorize"))
                .contains("ok: the eMSP answers BLOCKED: the charger refuses the card")
                .containsPattern(
                        Pattern.compile("OTH -> CPO +GET +/ocpi/2\\.2\\.1/receiver/tokens/NL/EMS/RFID0001.* 404"))
                .contains("ok: 404 for NL-EMS's token, and no sessions or CDRs")
                // reservations
                .containsPattern(
                        Pattern.compile("CPO -> eMSP +POST +/ocpi/2\\.2\\.1/sender/commands/RESERVE_NOW/R-1 +200"))
                .contains("EVSE LOC001-1 is RESERVED")
                .contains("CommandResult CANCELED_RESERVATION; EVSE LOC001-2 is AVAILABLE")
                .contains("R-3 expired at 16:00; EVSE LOC001-3 is AVAILABLE again")
                .contains("ok: CommandResponse REJECTED: EVSE LOC001-1 is RESERVED")
                // transactions
                .doesNotContain("/sender/tokens/APP0001/authorize") // [[mod_commands_startsession_object]]
                .contains("ok: no real-time authorization, CommandResult ACCEPTED; session ")
                .contains("16.5 kWh, 5.775 EUR excl. VAT, 6.9878 incl. VAT at the eMSP, as at the CPO")
                .containsPattern(Pattern.compile("CPO -> eMSP +PATCH .*\\(ConnectException: no answer\\)"))
                .contains("ok: 4 pushes wait in the CPO's outbox, in order")
                .containsPattern(Pattern.compile("CPO -> eMSP +POST +/ocpi/2\\.2\\.1/receiver/cdrs +201"))
                // 25 min, rounded down to 6 decimals: a step_size applies to the volume as given
                .contains("period from 17:35: ENERGY 0, PARKING_TIME 0.416666")
                .contains("billed: PARKING_TIME 0.4167 at 1.20 = 0.50 excl. VAT")
                .contains(
                        "total_cost 6.275 EUR excl. VAT, 7.5928 incl. VAT (energy 16.5 kWh, 2 h): the same to the cent")
                // paid by card at a terminal ([[mod_payments_transaction_flow]])
                .containsPattern(Pattern.compile("PTP -> CPO +POST +/ocpi/2\\.3\\.0/credentials +200 OCPI 1000"))
                .containsPattern(
                        Pattern.compile("CPO -> PTP +POST +/ocpi/2\\.3\\.0/sender/payments/terminals/activate +200"))
                .containsPattern(
                        Pattern.compile("CPO -> PTP +PATCH +/ocpi/2\\.3\\.0/sender/payments/terminals/T1 +200"))
                .contains("ok: terminal T1 serves [LOC001]; invoices by the CPO")
                .contains("ok: DECLINED: the acquirer declined card ****0002 for 20.00 EUR; no START_SESSION sent")
                .containsPattern(
                        Pattern.compile("PTP -> CPO +GET +/ocpi/2\\.3\\.0/sender/locations/LOC001/LOC001-2/1 +200"))
                .containsPattern(
                        Pattern.compile("PTP -> CPO +POST +/ocpi/2\\.3\\.0/receiver/commands/START_SESSION +200"))
                .containsPattern(Pattern.compile("CPO -> PTP +PUT +/ocpi/2\\.3\\.0/receiver/sessions/NL/CPO/\\S+ +201"))
                .containsPattern(Pattern.compile("ok: tariff AC-STD-NL: 20.00 EUR reserved; session \\S+ ACTIVE"))
                .containsPattern(Pattern.compile("CPO -> PTP +POST +/ocpi/2\\.3\\.0/receiver/cdrs +201"))
                .containsPattern(Pattern.compile(
                        "PTP -> CPO +POST +/ocpi/2\\.3\\.0/receiver/payments/financial-advice-confirmations +201"))
                .contains("ok: stopped at 20:13:47 after 47.224998 kWh; CDR total_cost 19.9998 EUR incl. VAT,"
                        + " invoice_reference_id = the authorization_reference; capture SUCCESS")
                .contains("ok: SUCCESS, 19.9998 EUR captured: the CDR's total, so the CPO has nothing to report")
                // lists
                .contains("ok: 60 objects in 3 pages")
                .contains("ok: 75 objects in 4 pages")
                // two versions: an eMSP on 2.3.0 beside the one on 2.2.1, the same location, the CDR's prices
                .containsPattern(Pattern.compile("NXT -> CPO +POST +/ocpi/2\\.3\\.0/credentials +200 OCPI 1000"))
                .containsPattern(Pattern.compile("CPO -> eMSP +GET +/ocpi/2\\.3\\.0 +200 OCPI 1000"))
                .contains("ok: NL-NXT registered on 2.3.0, NL-EMS stays on 2.2.1")
                .containsPattern(Pattern.compile("eMSP -> CPO +GET +/ocpi/2\\.2\\.1/sender/locations/LOC001 +200"))
                .containsPattern(Pattern.compile("NXT -> CPO +GET +/ocpi/2\\.3\\.0/sender/locations/LOC001 +200"))
                .contains("ok: 4 EVSEs, the same in both versions")
                .contains("ok: no CDRs: NL-EMS's CDR stays NL-EMS's")
                .contains("ok: total_cost 6.275 EUR excl. VAT, 7.5928 incl. VAT in 2.2.1 = before_taxes 6.275 + VAT")
                // Bookings 1.1 ([[mod_bookings_cpo_interface]], [[mod_bookings_emsp_interface]])
                .containsPattern(
                        Pattern.compile(
                                "NXT -> CPO +GET +/ocpi/2\\.3\\.0/sender/bookings/booking_locations\\?timeslot_from=2026-03-03T17"))
                .contains("ok: 4 EVSEs free then: LOC001-1, LOC001-2, LOC001-3, LOC001-4")
                .containsPattern(
                        Pattern.compile("CPO -> eMSP +PUT +/ocpi/2\\.3\\.0/receiver/bookings/NL/CPO/\\S+ +201"))
                .contains("ok: PENDING, then RESERVED at NL-NXT from 18:00 to 19:00, authorization_reference AUTH-B-1")
                .contains("ok: REJECTED: LOC001-2 is booked then")
                .contains("ok: B-1 now 19:00-20:00; B-3 CANCELED (TRAFFIC)")
                .contains("ok: B-4 is NO_SHOW at 12:15, at the CPO and at NL-NXT")
                .containsPattern(
                        Pattern.compile("NXT -> CPO +POST +/ocpi/2\\.3\\.0/receiver/commands/START_SESSION +200"))
                .contains("ok: B-1 FULFILLED; session and CDR at NL-NXT carry authorization_reference AUTH-B-1")
                .endsWith("demo: all 36 steps gave the expected answers\n");
    }

    /**
     * A second run on the database of the first (issue 17) plays every step again, the same: the demo empties what the
     * first left (the eMSP registered under the same id, its tokens, reservations, sessions, CDRs).
     */
    @Test
    void demoRunsAgainOnTheDatabaseOfAnEarlierRunAndPlaysTheSame() {
        String url = "jdbc:h2:file:" + dir.resolve("cpo").toAbsolutePath();

        CommandLine first = run("demo", "--jdbc-url", url);
        CommandLine second = run("demo", "--jdbc-url", url);
        CommandLine third = run("demo", "--jdbc-url", url);

        for (CommandLine result : List.of(first, second, third)) {
            assertThat(result.err()).isEmpty();
            assertThat(result.exit()).isZero();
            assertThat(result.out())
                    .contains("(data in " + url + ", emptied and loaded with the sample data)")
                    .endsWith("demo: all 36 steps gave the expected answers\n");
        }
        assertThat(outcomes(first)).hasSize(36);
        assertThat(outcomes(second)).isEqualTo(outcomes(first));
        assertThat(outcomes(third)).isEqualTo(outcomes(first));
    }

    /** What each step answered, without what differs from run to run: tokens and session ids. */
    private static List<String> outcomes(CommandLine result) {
        return result.out()
                .lines()
                .filter(line -> line.strip().startsWith("ok: "))
                .map(line -> line.replaceAll("token A \\S+", "token A ...")
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"))
                .toList();
    }

    @Test
    void demoUsageErrorsExitTwo() {
        assertThat(run("demo", "--jdbc").exit()).isEqualTo(2);
        assertThat(run("demo", "--jdbc-url").err()).startsWith("ocpi4j demo: --jdbc-url needs a value");
        assertThat(run("demo", "--help").out()).startsWith("usage: ocpi4j demo [--jdbc-url <url>]");
    }

    @Test
    void demoThatCannotReachItsDatabaseSaysSoAndExitsOne() {
        CommandLine result = run("demo", "--jdbc-url", "jdbc:nosuchdriver://nowhere");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("demo: could not run: ");
    }
}
