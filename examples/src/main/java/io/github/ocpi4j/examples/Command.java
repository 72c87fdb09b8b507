package io.github.ocpi4j.examples;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line. */
interface Command {
    /** Exit code: everything went as asked. */
    int OK = 0;
    /** Exit code: the command ran, and what it checked or fetched failed. */
    int FAILED = 1;
    /** Exit code: the command line was wrong, or a file could not be read. */
    int USAGE = 2;

    /** Returns the command's name, as typed. */
    String name();

    /** Returns the command's synopsis for the usage text. */
    String synopsis();

    /**
     * Returns what {@code ocpi4j <command> --help} prints below the synopsis: what the command does, its options,
     * output and exit codes. Lines end with {@code \n}.
     */
    default String help() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where results go
     * @param err where errors go
     * @return the exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);

    /**
     * Returns the value of an option, the argument at {@code i}.
     *
     * @throws UsageException if there is none, or it is another option
     */
    static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
