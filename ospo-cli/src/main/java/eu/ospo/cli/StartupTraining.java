package eu.ospo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the launchers' start-up archive: runs the usual commands once on a bundled
 * sample repository (the project's example, {@code examples/repositories/shared-permits}), with all
 * output discarded, so that the JVM records every class they load (class data sharing: {@code
 * -XX:ArchiveClassesAtExit}). The launchers run it once per JDK and class path, in a JVM of its
 * own, never with the user's arguments (a command such as {@code governance init} writes files).
 *
 * <p>Two profiles, one archive each: {@code validate} runs only {@code publiccode validate} (on the
 * sample, then at once on an invalid and two malformed files, a {@linkplain #VARIED varied one} and
 * the sample), for the launchers' runs of
 * that command; {@code all} runs every command. A small archive maps faster: a one-file validate
 * starts about a quarter faster with the 2 MiB {@code validate} archive than with the 14 MiB one of
 * {@code all} (README, "Start-up").
 *
 * <p>It writes nothing but a temporary copy of the sample, which it deletes. Its exit status is 0
 * when every command ran as expected, else 2 (the launchers then make no archive).
 */
public final class StartupTraining {

    /** The sample repository's files, bundled under {@code training/} next to this class. */
    static final List<String> SAMPLE_FILES = List.of("publiccode.yml", "governance.yml");

    /** Repository files the sample may have besides (copied when bundled: the example may change). */
    static final List<String> OPTIONAL_SAMPLE_FILES = List.of(
            "logo.svg",
            ".gitlab/CODEOWNERS",
            "CHANGELOG.md",
            "CODE_OF_CONDUCT.md",
            "CONTRIBUTING.md",
            "LICENSE",
            "MAINTAINERS.md",
            "SECURITY.md",
            "docs/README.md");

    /**
     * A made-up publiccode.yml that uses what real files use and the example does not (the Italian
     * extension, dependencies, videos, flow collections, deprecated keys, text beyond ASCII,
     * mistakes): the classes and call sites it needs are archived too, which a run over many real
     * files would otherwise load, verify and link on every start.
     */
    static final String VARIED = "startup/varied-publiccode.yml";

    private StartupTraining() {}

    /**
     * Runs the training.
     *
     * @param args the profile: {@code validate} or {@code all} (the default)
     * @throws IOException if the sample cannot be copied
     */
    public static void main(String[] args) throws IOException {
        boolean validateOnly = args.length > 0 && args[0].equals("validate");
        System.exit(run(validateOnly) ? ExitStatus.OK : ExitStatus.FAILURE);
    }

    /** Runs the commands on a temporary copy of the sample; true when each exited as expected. */
    static boolean run(boolean validateOnly) throws IOException {
        Path sample = Files.createTempDirectory("ospo-training");
        try {
            copySample(sample);
            String publiccode = sample.resolve("publiccode.yml").toString();
            String directory = sample.toString();
            // the way Main writes (UTF-8 through a buffer to a stream), so the encoder's classes are archived too
            PrintWriter nowhere = new PrintWriter(new BufferedWriter(
                    new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), 1 << 16));
            boolean expected =
                    Main.validateWithoutPicocli(new String[] {"publiccode", "validate", publiccode}, nowhere, nowhere)
                            == ExitStatus.OK;
            String text = Files.readString(sample.resolve("publiccode.yml"));
            Path invalid = Files.writeString(
                    sample.resolve("invalid.yml"),
                    text.replaceFirst("developmentStatus: \\w+", "developmentStatus: finished"));
            Path malformed = Files.writeString(sample.resolve("malformed.yml"), text.replaceFirst(":", ": [\n"));
            Path misindented = Files.writeString(
                    sample.resolve("misindented.yml"), "publiccodeYmlVersion: \"0\"\nname:\n  a: 1\n b: 2\n");
            Path varied = sample.resolve("varied.yml");
            if (!copyResource(VARIED, varied)) {
                throw new IOException("the training file " + VARIED + " is not bundled");
            }
            expected &= Main.validateWithoutPicocli(
                            new String[] {
                                "publiccode",
                                "validate",
                                invalid.toString(),
                                malformed.toString(),
                                misindented.toString(),
                                varied.toString(),
                                publiccode
                            },
                            nowhere,
                            nowhere)
                    == ExitStatus.INVALID;
            if (validateOnly) {
                return expected;
            }
            for (List<String> command : List.of(
                    List.of("publiccode", "validate", "--format", "json", publiccode),
                    List.of("check", directory),
                    List.of("governance", "check", directory),
                    List.of("--help"))) {
                String[] arguments = command.toArray(String[]::new);
                CommandLine commandLine = OspoCommand.commandLine(Clock.systemDefaultZone(), arguments);
                commandLine.setOut(nowhere);
                commandLine.setErr(nowhere);
                int status = commandLine.execute(arguments);
                // the sample's rules may fail on today's date; usage errors and crashes may not
                expected &= status != ExitStatus.FAILURE;
            }
            usageOfEveryCommand(OspoCommand.commandLine(), nowhere);
            return expected;
        } finally {
            delete(sample);
        }
    }

    private static void copySample(Path directory) throws IOException {
        for (String name : SAMPLE_FILES) {
            if (!copy(name, directory)) {
                throw new IOException("the sample file training/" + name + " is not bundled");
            }
        }
        for (String name : OPTIONAL_SAMPLE_FILES) {
            copy(name, directory);
        }
    }

    private static boolean copy(String name, Path directory) throws IOException {
        return copyResource("training/" + name, directory.resolve(name));
    }

    /** Copies a resource next to this class to a file; false when it is not bundled. */
    private static boolean copyResource(String resource, Path target) throws IOException {
        try (InputStream in = StartupTraining.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return true;
        }
    }

    private static void usageOfEveryCommand(CommandLine commandLine, PrintWriter out) {
        commandLine.usage(out);
        for (Map.Entry<String, CommandLine> subcommand :
                commandLine.getSubcommands().entrySet()) {
            usageOfEveryCommand(subcommand.getValue(), out);
        }
    }

    private static void delete(Path directory) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
