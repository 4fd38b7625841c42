package eu.ospo.examples;

import eu.ospo.governance.files.CodeOwner;
import eu.ospo.governance.files.Maintainers;
import eu.ospo.governance.files.Ownership;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a repository's own governance files (CODEOWNERS, MAINTAINERS, SECURITY.md, ...) and asks
 * CODEOWNERS who owns a path, as the forge would answer. Quoted in the README.
 */
public final class ReadRepositoryFiles {

    private ReadRepositoryFiles() {}

    /**
     * Prints the files found, their problems, the maintainers and the owners of a path.
     *
     * @param repository the repository folder
     * @param path a file path in the repository
     * @param out where to print
     * @return the owners of the path (empty when no CODEOWNERS or nobody owns it)
     * @throws IOException if the folder cannot be listed or a file read
     */
    public static List<String> owners(Path repository, String path, PrintStream out) throws IOException {
        // tag::files[]
        RepositoryFiles files = RepositoryFiles.read(repository); // forge guessed: GitHub or GitLab

        for (RepositoryFile<?> file : files.all()) { // where the forge looks, case-insensitively
            out.println(file.path() + ": " + file.verdict());
            for (Problem problem : file.problems()) { // positioned, like every ospo problem
                out.println("  " + problem.format(file.path()));
            }
        }
        files.maintainers()
                .flatMap(RepositoryFile::model)
                .map(Maintainers::active)
                .orElse(List.of())
                .forEach(m -> out.println("maintainer: " + m.name()
                        + m.handle().map(h -> " @" + h).orElse("")));

        Ownership ownership = files.codeOwners()
                .flatMap(RepositoryFile::model) // absent when the forge would ignore the file
                .map(codeOwners -> codeOwners.ownersOf(path)) // per section, the last match wins
                .orElse(new Ownership(path, List.of()));
        List<String> owners = ownership.owners().stream().map(CodeOwner::token).toList();
        out.println(path + " is owned by " + owners);
        // end::files[]
        return owners;
    }

    /**
     * Command-line entry: {@code ReadRepositoryFiles DIR PATH}.
     *
     * @param args the folder and the path
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        owners(Path.of(args[0]), args[1], System.out);
    }
}
