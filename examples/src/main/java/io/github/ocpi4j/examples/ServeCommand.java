package io.github.ocpi4j.examples;

import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.examples.emsp.Emsp;
import io.github.ocpi4j.examples.ptp.Ptp;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code ocpi4j serve --role cpo|emsp|ptp --port N [--token T --party CC-PID] [--jdbc-url URL] [--version 2.2.1|2.3.0]}:
 * runs one side of a roaming connection with sample data until stopped, so that any OCPI 2.2.1 or 2.3.0 client can
 * connect. A contract that scripts rely on.
 *
 * <p>The CPO ({@link JdbcCpo}) has 60 locations with EVSEs and connectors, 16 tariffs, and 72 sessions and CDRs of
 * the eMSP NL-EMS, 20 objects a page; its data is in SQL, a new in-memory H2 database unless {@code --jdbc-url}
 * names another. The eMSP ({@link Emsp}) has 55 tokens. Both serve OCPI 2.2.1 and 2.3.0 (or the one {@code --version}
 * names) on {@code 127.0.0.1:N} (port 0: any free port) at {@code http://127.0.0.1:N/ocpi}; they keep 2.2.1 objects
 * and serve 2.3.0 through translation. A 2.2.1 client picks 2.2.1 from the versions list, or logs in with the details
 * URL {@code http://127.0.0.1:N/ocpi/2.2.1}. The PTP ({@link Ptp}), a Payment Terminal Provider, serves OCPI 2.3.0
 * only, as 2.2.1 has no Payments module; it has no data of its own until a CPO pushes some and activates terminals.
 *
 * <p>Standard output, once listening: {@code versions: <url>}, then either {@code token: <T> opens the modules to
 * <CC-PID>} when {@code --token} and {@code --party} pre-register that party (a token it sends as its credentials
 * token, without the handshake), or {@code token A: <token>} for a partner to register with. The log goes to
 * stderr, warnings only.
 *
 * <p>It runs until the JVM is stopped (Ctrl-C, SIGTERM), then closes the server and the database; the exit code is
 * then the JVM's for the signal (130, 143). Otherwise: 1 when it cannot start (the port is taken, the database cannot
 * be reached); 2 on a usage error.
 */
final class ServeCommand implements Command {
    private static final Pattern PARTY = Pattern.compile("([A-Za-z]{2})-([A-Za-z0-9]{3})");
    /** How many partners registered through serve's tokens A one database may hold. */
    private static final int MAX_PARTNERS = 1000;

    private final CountDownLatch stop;

    /** Serves until the JVM is stopped. */
    ServeCommand() {
        this(null);
    }

    /** Serves until {@code stop} is counted down, or the JVM is stopped; for tests. */
    ServeCommand(@Nullable CountDownLatch stop) {
        this.stop = stop != null ? stop : new CountDownLatch(1);
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "serve --role <cpo|emsp|ptp> --port <n> [--token <token> --party <CC-PID>] [--jdbc-url <url>]"
                + " [--version <2.2.1|2.3.0>]";
    }

    @Override
    public String help() {
        return """
                Runs one side of a roaming connection (OCPI 2.2.1 and 2.3.0) with sample data until stopped, on
                127.0.0.1:<n> (0: any free port): a CPO with 60 locations, 16 tariffs and 72 sessions and CDRs of
                NL-EMS, 20 a page, its data in SQL, and to 2.3.0 partners Bookings 1.1 for LOC001's EVSEs over the
                coming week; or an eMSP with 55 tokens; or a PTP (payment terminals, OCPI 2.3.0 only). A 2.2.1
                client logs in with http://127.0.0.1:<n>/ocpi/versions (choosing 2.2.1) or the details URL
                .../ocpi/2.2.1.

                  --role <cpo|emsp|ptp>  which side
                  --port <n>             the port, 0 to 65535
                  --token <token>        with --party: pre-register that party with this credentials token, which
                  --party <CC-PID>       then opens the modules at once (no handshake), such as NL-EMS
                  --jdbc-url <url>       the CPO's database (jdbc:h2:file:./cpo, jdbc:postgresql://...); by
                                         default a new in-memory H2 database
                  --version <v>          offer only OCPI 2.2.1 or only 2.3.0; by default both, the data kept
                                         as 2.2.1 and served as 2.3.0 through translation

                stdout, once listening:
                  versions: <url>
                  token: <token> opens the modules to <CC-PID>     (with --token and --party)
                  token A: <token>                                 (otherwise: for a partner to register with)
                                Runs until stopped (Ctrl-C, SIGTERM), then closes the server and the database.
                Exit codes: 1 it could not start, 2 a usage error; stopped, the JVM's for the signal (130, 143).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Request request = parse(args);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", request.port());
        AutoCloseable side = null;
        String versionsUrl;
        String token;
        try {
            if (request.role().equals("ptp")) { // the Payment Terminal Provider, OCPI 2.3.0 only
                Ptp ptp = Ptp.builder().start(address);
                side = ptp;
                versionsUrl = ptp.versionsUrl();
                token = request.token() == null ? newTokenA(ptp::newTokenA) : null;
                if (request.token() != null) {
                    ptp.preRegister(request.countryCode(), request.partyId(), request.token());
                }
            } else if (request.role().equals("cpo")) {
                JdbcCpo.Builder builder = JdbcCpo.builder().sampleData(true).versions(request.versions());
                if (request.jdbcUrl() != null) {
                    builder.jdbcUrl(request.jdbcUrl());
                }
                JdbcCpo cpo = builder.start(address);
                side = cpo;
                versionsUrl = cpo.versionsUrl();
                token = request.token() == null ? newTokenA(cpo::newTokenA) : null;
                if (request.token() != null) {
                    cpo.preRegister(request.countryCode(), request.partyId(), request.token());
                }
            } else {
                Emsp emsp = Emsp.builder()
                        .sampleData(true)
                        .versions(request.versions())
                        .start(address);
                side = emsp;
                versionsUrl = emsp.versionsUrl();
                token = request.token() == null ? newTokenA(emsp::newTokenA) : null;
                if (request.token() != null) {
                    emsp.preRegister(request.countryCode(), request.partyId(), request.token());
                }
            }
        } catch (UncheckedIOException e) {
            err.println(
                    "error: cannot listen on " + address + ": " + e.getCause().getMessage());
            closeQuietly(side);
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: cannot start: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            closeQuietly(side);
            return FAILED;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    try {
                        closed.await(10, TimeUnit.SECONDS); // the server and the database close before the JVM ends
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "ocpi4j-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("versions: " + versionsUrl);
            out.println(
                    token == null
                            ? "token: " + request.token() + " opens the modules to " + request.countryCode() + "-"
                                    + request.partyId()
                            : "token A: " + token);
            out.flush();
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                side.close();
            } catch (Exception e) {
                err.println("error: stopping: " + e.getMessage());
            }
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping, which is how serve ends
            }
        }
        return OK;
    }

    /**
     * A token A for the next partner to register: as {@code partner}, or as {@code partner-2}, {@code partner-3}, ...
     * when partners registered with those ids on an earlier run over the same database.
     */
    private static String newTokenA(Function<String, String> newTokenAFor) {
        for (int n = 1; ; n++) {
            try {
                return newTokenAFor.apply(n == 1 ? "partner" : "partner-" + n);
            } catch (IllegalArgumentException registered) {
                if (n == MAX_PARTNERS) {
                    throw registered;
                }
            }
        }
    }

    /** Closes a side that started but cannot serve. */
    private static void closeQuietly(@Nullable AutoCloseable side) {
        if (side != null) {
            try {
                side.close();
            } catch (Exception e) {
                // already failing: the first error is the one reported
            }
        }
    }

    /** What the command line asks for. */
    private record Request(
            String role,
            int port,
            @Nullable String token,
            @Nullable String countryCode,
            @Nullable String partyId,
            @Nullable String jdbcUrl,
            String[] versions) {}

    private static Request parse(List<String> args) {
        String role = null;
        Integer port = null;
        String token = null;
        String party = null;
        String jdbcUrl = null;
        String version = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--role" -> role = Command.value(args, ++i, arg);
                case "--port" -> port = port(Command.value(args, ++i, arg));
                case "--token" -> token = Command.value(args, ++i, arg);
                case "--party" -> party = Command.value(args, ++i, arg);
                case "--jdbc-url" -> jdbcUrl = Command.value(args, ++i, arg);
                case "--version" -> version = Command.value(args, ++i, arg);
                default ->
                    throw new UsageException(
                            arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        if (role == null) {
            throw new UsageException("--role is required (cpo or emsp)");
        }
        if (!role.equals("cpo") && !role.equals("emsp") && !role.equals("ptp")) {
            throw new UsageException("--role: " + role + " is neither cpo nor emsp nor ptp");
        }
        if (port == null) {
            throw new UsageException("--port is required");
        }
        if ((token == null) != (party == null)) {
            throw new UsageException("--token and --party go together");
        }
        if (token != null
                && (token.isEmpty() || token.length() > 64 || !token.chars().allMatch(c -> c > ' ' && c < 127))) {
            throw new UsageException("--token: 1 to 64 printable ASCII characters without spaces");
        }
        if (jdbcUrl != null && !role.equals("cpo")) {
            throw new UsageException("--jdbc-url is for the CPO: the " + (role.equals("emsp") ? "eMSP" : "PTP")
                    + " keeps its data in memory");
        }
        if (role.equals("ptp") && "2.2.1".equals(version)) {
            throw new UsageException("--version: the PTP speaks OCPI 2.3.0 only, which has the Payments module");
        }
        if (version != null && !version.equals("2.2.1") && !version.equals("2.3.0")) {
            throw new UsageException("--version: " + version + " is neither 2.2.1 nor 2.3.0");
        }
        String countryCode = null;
        String partyId = null;
        if (party != null) {
            Matcher m = PARTY.matcher(party);
            if (!m.matches()) {
                throw new UsageException(
                        "--party: " + party + " is not a country code and party id such as NL-EMS (CC-PID)");
            }
            countryCode = m.group(1).toUpperCase(Locale.ROOT);
            partyId = m.group(2).toUpperCase(Locale.ROOT);
        }
        String[] versions = version == null ? new String[] {"2.2.1", "2.3.0"} : new String[] {version};
        return new Request(role, port, token, countryCode, partyId, jdbcUrl, versions);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port: " + text + " is not a port from 0 to 65535");
    }
}
