package io.github.ocpi4j.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code ocpi4j} command line: {@code java -jar examples/target/ocpi4j.jar <command> [options]}.
 *
 * <pre>
 * ocpi4j validate --type Location [--partial] [--version 2.2.1] FILE...
 * ocpi4j get --url VERSIONS_URL --token TOKEN [--party CC-PID] [--date-from DATETIME] [--date-to DATETIME]
 *            [--lenient] [--timeout SECONDS] [--call-timeout SECONDS] [--max-pages N] [--max-response-bytes N]
 *            MODULE
 * ocpi4j price --tariff TARIFF.json --cdr CDR.json [--explain] [--time-zone ZONE]
 * ocpi4j demo [--jdbc-url URL]
 * ocpi4j serve --role cpo|emsp|ptp --port N [--token T --party CC-PID] [--jdbc-url URL]
 * </pre>
 *
 * <p>Exit codes: 0 when the command did what was asked, 1 when what it checked or fetched failed, 2 when the
 * command line is wrong or a file cannot be read. {@code ocpi4j <command> --help} prints a command's options,
 * output and exit codes.
 */
public final class Ocpi4j {
    private static final List<Command> COMMANDS =
            List.of(new ValidateCommand(), new GetCommand(), new PriceCommand(), new DemoCommand(), new ServeCommand());

    private Ocpi4j() {}

    /**
     * Runs a command and exits with its exit code.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? Command.USAGE : Command.OK;
        }
        for (Command command : COMMANDS) {
            if (command.name().equals(args[0])) {
                List<String> rest = Arrays.asList(args).subList(1, args.length);
                if (rest.contains("--help") || (!rest.isEmpty() && rest.get(0).equals("-h"))) {
                    out.println("usage: ocpi4j " + command.synopsis());
                    if (!command.help().isEmpty()) {
                        out.println();
                        out.print(command.help());
                    }
                    return Command.OK;
                }
                try {
                    return command.run(rest, out, err);
                } catch (UsageException e) {
                    err.println("ocpi4j " + command.name() + ": " + e.getMessage());
                    err.println("usage: ocpi4j " + command.synopsis());
                    return Command.USAGE;
                }
            }
        }
        err.println("ocpi4j: unknown command '" + args[0] + "'");
        usage(err);
        return Command.USAGE;
    }

    private static void usage(PrintStream out) {
        out.println("usage:");
        for (Command command : COMMANDS) {
            out.println("  ocpi4j " + command.synopsis());
        }
        out.println("ocpi4j <command> --help prints a command's options, output and exit codes.");
    }
}
