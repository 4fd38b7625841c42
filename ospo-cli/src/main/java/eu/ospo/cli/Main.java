package eu.ospo.cli;

import eu.ospo.cli.publiccode.ValidateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
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
        try {
            PrintWriter out = utf8(System.out);
            PrintWriter err = utf8(System.err);
            status = isPlainValidate(args)
                    ? validateWithoutPicocli(args, out, err)
                    : OspoCommand.execute(args, out, err);
        } catch (Throwable unexpected) { // last resort: never show a stack trace
            System.err.println(UnexpectedErrorHandler.describe(unexpected));
            status = ExitStatus.FAILURE;
        }
        System.exit(status);
    }

    /** Reports are UTF-8 whatever the platform's default (JSON must be). */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
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
