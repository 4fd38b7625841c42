package eu.ospo.cli;

import eu.ospo.cli.publiccode.ValidateCommand;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The entry point of the {@code ospo} command line (the jar's {@code Main-Class} and the launchers'
 * main class). Plain {@code ospo publiccode validate FILE...} runs without picocli, since building
 * picocli's model is most of the start-up time of a one-file run; every other command line goes
 * through {@link OspoCommand}. The output is the same either way (a test compares them).
 *
 * <p>This class names no picocli type, not even in a method signature: the Java launcher loads the
 * types of a main class's methods before {@code main} runs.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status;
        PrintWriter out = standardOutput();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            status = isPlainValidate(args)
                    ? validateWithoutPicocli(args, out, err)
                    : OspoCommand.execute(args, out, err);
        } catch (Throwable unexpected) { // last resort: never show a stack trace
            out.flush();
            System.err.println(UnexpectedErrorHandler.describe(unexpected));
            status = ExitStatus.FAILURE;
        }
        out.flush();
        err.flush();
        exit(status);
    }

    /** The system property with which bin/ospo lets the command halt: {@value}. */
    static final String EXIT_PROPERTY = "ospo.exit";

    /**
     * Ends the JVM with the status. {@link System#exit} on JDK 21 and newer first asks for a
     * {@link System.Logger} to log the exit, and the first logger lookup reads the directory of every
     * jar on the class path in search of a logging service: several milliseconds of a one-file run
     * that takes about 90. The command registers no shutdown hooks and has flushed its output, so
     * when {@code bin/ospo} says that nothing else can have registered one either (it sets {@value
     * #EXIT_PROPERTY}{@code =halt} when it runs the JVM with its own options only: no agent, no
     * recording to write at exit), it halts instead.
     */
    private static void exit(int status) {
        if ("halt".equals(System.getProperty(EXIT_PROPERTY))) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    /**
     * Standard output in UTF-8 whatever the platform's default (JSON must be), buffered and flushed
     * when the command ends: a report of thousands of lines is then a few large writes, not one
     * system call per line. Standard error stays flushed line by line.
     */
    private static PrintWriter standardOutput() {
        return new PrintWriter(
                new BufferedWriter(
                        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                        1 << 16),
                false);
    }

    /**
     * Whether the arguments are {@code publiccode validate FILE...} with only plain file names: none
     * empty, none an option ({@code -...}), none an argument file ({@code @...}). Those run without
     * picocli (see {@link ValidateCommand#validateWithDefaults}); every other command line, with any
     * option, goes through picocli.
     */
    static boolean isPlainValidate(String[] args) {
        if (args.length < 3 || !args[0].equals("publiccode") || !args[1].equals("validate")) {
            return false;
        }
        for (int i = 2; i < args.length; i++) {
            if (args[i].isEmpty() || args[i].charAt(0) == '-' || args[i].charAt(0) == '@') {
                return false;
            }
        }
        return true;
    }

    /** Runs plain {@code publiccode validate FILE...} as picocli would, unexpected failures included. */
    static int validateWithoutPicocli(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return ValidateCommand.validateWithDefaults(Arrays.asList(args).subList(2, args.length), out, err);
        } catch (Exception unexpected) { // as UnexpectedErrorHandler does for picocli
            err.println(UnexpectedErrorHandler.describe(unexpected));
            err.flush();
            return ExitStatus.FAILURE;
        }
    }
}
