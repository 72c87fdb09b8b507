package io.github.ocpi4j.examples;

import io.github.ocpi4j.examples.demo.Demo;
import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code ocpi4j demo [--jdbc-url URL]}: plays OCPI 2.2.1 between a CPO and an eMSP on loopback ({@link Demo}):
 * authentication, reservations and transactions, then a second eMSP on OCPI 2.3.0 at the same CPO, with a transcript of every step and HTTP call on stdout. Exit code
 * 0 when every step gave the expected answer; 1 when one did not, named on stderr as {@code demo: step 2.3 (...)
 * failed: ...}, or the demo could not run; 2 on a usage error.
 */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "demo [--jdbc-url <url>]";
    }

    @Override
    public String help() {
        return """
                Plays OCPI 2.2.1 between a CPO and an eMSP on loopback (ephemeral ports, the JDK's HTTP server):
                the credentials handshake, tokens and real-time authorization, each party seeing only its own data;
                RESERVE_NOW, CANCEL_RESERVATION, an expired and a refused reservation; START_SESSION, the session
                PATCHed as it charges, STOP_SESSION during an eMSP outage and the redelivery after it, the CDR and
                its costs checked with Pricing; the eMSP pulling every list through its pages; a second eMSP on
                OCPI 2.3.0 registering at the same CPO and reading the same location in its version.

                  --jdbc-url <url>  the CPO's database (jdbc:h2:file:./cpo, jdbc:postgresql://...), for the demo
                                    alone: each run empties the CPO's tables (cpo_*) and loads the sample data,
                                    so every run plays the same; what a run leaves stays there until the next.
                                    By default a new in-memory H2 database

                stdout: the transcript, ending "demo: all <n> steps gave the expected answers".
                stderr: "demo: step <n.m> (<step>) failed: <why>" when a step did not give the expected answer.
                Exit codes: 0 every step as expected, 1 a step failed or the demo could not run, 2 a usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String jdbcUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--jdbc-url")) {
                jdbcUrl = Command.value(args, ++i, arg);
            } else {
                throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        return play(out, err, jdbcUrl);
    }

    private static int play(PrintStream out, PrintStream err, @Nullable String jdbcUrl) {
        try {
            return new Demo(out, err, jdbcUrl).run() ? OK : FAILED;
        } catch (RuntimeException e) {
            err.println("demo: could not run: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }
}
