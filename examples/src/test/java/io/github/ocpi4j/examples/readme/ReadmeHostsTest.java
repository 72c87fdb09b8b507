package io.github.ocpi4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.Token;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's "Writing a CPO host" and "Writing an eMSP host", {@link CpoHost} and {@link EmspHost} (kept equal to
 * the README by {@link ReadmeSnippetsTest}), work with each other.
 */
class ReadmeHostsTest {
    /** [[mod_commands_startsession_object]], [[mod_tokens_real-time_authorization]], [[mod_sessions]], [[mod_cdrs]]. */
    @Test
    void hostsRegisterStartASessionAuthorizeACardAndExchangeSessionsAndCdrs() throws Exception {
        Token token = read("token_example_2_full_rfid.json", Token.class);
        Session session = read("session_example_2_short_finished.json", Session.class);
        CDR cdr = read("cdr_example.json", CDR.class);
        try (CpoHost cpo = new CpoHost(new InetSocketAddress("localhost", 0));
                EmspHost emsp = new EmspHost(new InetSocketAddress("localhost", 0))) {
            emsp.addToken(token);
            Party cpoParty = emsp.register(cpo.versionsUrl(), cpo.newTokenA("emsp-1"));

            assertThat(emsp.startSession(cpoParty, token, "LOC1", "S-1").result())
                    .isEqualTo(CommandResponseType.ACCEPTED);
            CommandResult later = emsp.results.poll(30, TimeUnit.SECONDS);
            assertThat(later).isNotNull();
            assertThat(later.result()).isEqualTo(CommandResultType.ACCEPTED);

            assertThat(cpo.authorize("emsp-1", token.uid().value(), "LOC1")).isEqualTo(AllowedType.ALLOWED);

            cpo.push("emsp-1", session);
            assertThat(emsp.session("BE", "BEC", "101")).contains(session);
            assertThat(cpo.push("emsp-1", cdr)).endsWith("/12345");
            assertThat(emsp.cdr("BE", "BEC", "12345")).contains(cdr);
        }
    }

    private static <T> T read(String example, Class<T> type) {
        return OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", example), type)
                .get();
    }
}
