package eu.ospo.cli.check;

import eu.ospo.cli.ExitStatus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ospo check DIR}: runs every {@link Check} on a repository directory and prints a report. */
@Command(
        name = "check",
        description = "Check a repository directory: validates its publiccode.yml (or publiccode.yaml).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error",
            "2:usage error, DIR missing, or no publiccode file in DIR"
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository directory.")
    private String directory;

    /** The checks, in report order. The governance check goes here when it exists. */
    private static List<Check> checks() {
        return List.of(new PubliccodeCheck());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            return fail(err, directory + ": not a valid path");
        }
        if (!Files.isDirectory(path)) {
            return fail(err, directory + (Files.exists(path) ? ": not a directory" : ": no such directory"));
        }
        List<Section> sections = new ArrayList<>();
        for (Check check : checks()) {
            try {
                sections.add(check.run(path));
            } catch (CheckInputException e) {
                return fail(err, e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        CheckReport.print(directory, sections, out);
        out.flush();
        return sections.stream().allMatch(s -> s.verdict().isValid()) ? ExitStatus.OK : ExitStatus.INVALID;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("ospo: " + message);
        err.flush();
        return ExitStatus.FAILURE;
    }
}
