package eu.ospo.cli.governance;

import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.InputErrors;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.files.GovernanceDraft;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ospo governance init [--from DIR] [--output FILE] [--force] [--date YYYY-MM-DD]}: drafts a
 * governance.yml from what the repository already says (publiccode.yml, CODEOWNERS, MAINTAINERS,
 * OWNERS, SECURITY.md), with {@code # TODO} comments where a person must fill in. Never overwrites a
 * file unless {@code --force} is given.
 */
@Command(
        name = "init",
        description = {
            "Draft a governance.yml from the repository's publiccode.yml, CODEOWNERS, MAINTAINERS, OWNERS and "
                    + "SECURITY.md. What a person must still fill in (agreements, commitments, ...) is marked "
                    + "with # TODO comments; the draft parses without errors as it is."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the draft was written",
            "2:usage error, bad --date, DIR missing, FILE exists (without --force), or an unreadable file"
        })
public final class GovernanceInitCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", description = "The repository directory (default: the current one).")
    private String from = ".";

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where to write the draft (default: DIR/governance.yml; - for standard output).")
    private @Nullable String output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    private boolean force;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The draft's date: lastReviewed and membership dates (default: today).")
    private @Nullable String date;

    /** A command that reads today's date from the system clock. */
    public GovernanceInitCommand() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A command with its own clock (tests).
     *
     * @param clock what today is
     */
    public GovernanceInitCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            LocalDate day = EvaluationDate.of(date, clock);
            Path directory = GovernanceInitCommand.directory(from);
            Optional<Path> target = target(directory);
            if (target.isPresent() && Files.exists(target.get(), LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new GovernanceInputException(
                        target.get() + ": already exists (use --force to overwrite it, or --output FILE)");
            }
            RepositoryFiles files = read(directory);
            Optional<PublicCode> publicCode = publiccode(directory, files, err);
            Path name = directory.toAbsolutePath().normalize().getFileName();
            GovernanceDraft draft =
                    GovernanceDraft.of(files, publicCode, day, name == null ? "project" : name.toString());
            GovernanceResult check = GovernanceParser.builder().build().parse(draft.text());
            if (!check.isValid()) { // a bug, not the user's input: say so instead of writing a broken file
                throw new IllegalStateException("the draft does not parse: " + check.errors());
            }
            if (target.isEmpty()) {
                out.print(draft.text());
                out.flush();
                return ExitStatus.OK;
            }
            write(target.get(), draft.text());
            out.println("ospo: wrote " + target.get() + " (drafted from "
                    + (draft.sources().isEmpty() ? "nothing but the folder's name" : String.join(", ", draft.sources()))
                    + "); fill in the TODOs, then run: ospo governance check " + from);
            out.flush();
            return ExitStatus.OK;
        } catch (GovernanceInputException e) {
            err.println("ospo: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
    }

    private Optional<Path> target(Path directory) throws GovernanceInputException {
        if ("-".equals(output)) {
            return Optional.empty();
        }
        if (output == null) {
            return Optional.of(directory.resolve("governance.yml"));
        }
        try {
            return Optional.of(Path.of(output));
        } catch (InvalidPathException e) {
            throw new GovernanceInputException("--output " + output + ": not a valid path");
        }
    }

    private void write(Path target, String text) throws GovernanceInputException {
        try {
            if (force) {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } else {
                Files.writeString(
                        target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new GovernanceInputException(InputErrors.describe(e, target.toString()));
        }
    }

    private static Path directory(String from) throws GovernanceInputException {
        Path path;
        try {
            path = Path.of(from);
        } catch (InvalidPathException e) {
            throw new GovernanceInputException("--from " + from + ": not a valid path");
        }
        if (!Files.isDirectory(path)) {
            throw new GovernanceInputException(
                    from + (Files.exists(path) ? ": not a directory" : ": no such directory"));
        }
        return path;
    }

    private static RepositoryFiles read(Path directory) throws GovernanceInputException {
        try {
            return RepositoryFiles.read(directory);
        } catch (IOException e) {
            throw new GovernanceInputException(InputErrors.describe(e, directory.toString()));
        }
    }

    private static Optional<PublicCode> publiccode(Path directory, RepositoryFiles files, PrintWriter err)
            throws GovernanceInputException {
        if (files.publiccode().isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.resolve(files.publiccode().get());
        PubliccodeResult result;
        try {
            result = PubliccodeParser.builder().build().parse(file);
        } catch (IOException e) {
            throw new GovernanceInputException(InputErrors.describe(e, file.toString()));
        }
        if (!result.isValid()) {
            err.println("ospo: " + file + " has " + result.errors().size()
                    + " error(s); the draft does not use it (see ospo publiccode validate)");
            err.flush();
        }
        return result.publicCode();
    }
}
