package eu.ospo.governance.files;

import eu.ospo.governance.internal.files.RepositoryReader;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The governance files found in a repository directory, each read into its model with its problems.
 * Files are looked for where the forge looks ({@link Forge#communityFolders()}), by name without case
 * and with any of the usual extensions ({@code .md}, {@code .txt}, {@code .rst}, ...); {@code
 * CODEOWNERS} exactly where the forge reads it (the first found wins), {@code OWNERS} in every
 * folder, licence files in the root. Immutable.
 *
 * @param forge the forge whose conventions were applied
 * @param codeOwners the {@code CODEOWNERS} the forge uses
 * @param owners every {@code OWNERS} file, by path
 * @param ownersAliases {@code OWNERS_ALIASES} in the root
 * @param maintainers {@code MAINTAINERS} (any extension)
 * @param securityPolicy {@code SECURITY.md}
 * @param securityInsights {@code SECURITY-INSIGHTS.yml}
 * @param contributing {@code CONTRIBUTING}
 * @param governanceDocument {@code GOVERNANCE.md}
 * @param codeOfConduct {@code CODE_OF_CONDUCT} ({@code CODE-OF-CONDUCT}, {@code CODEOFCONDUCT})
 * @param licenses the root's licence files and the REUSE {@code LICENSES/} folder (as {@code LICENSES/})
 * @param releaseNotes the path of a {@code CHANGELOG}, {@code CHANGES}, {@code RELEASE_NOTES}, {@code
 *     HISTORY} or {@code NEWS} file
 * @param publiccode the path of {@code publiccode.yml} (or {@code .yaml}) when there is one
 * @param tree the files of the repository, for coverage checks
 */
public record RepositoryFiles(
        Forge forge,
        Optional<RepositoryFile<CodeOwners>> codeOwners,
        List<RepositoryFile<Owners>> owners,
        Optional<RepositoryFile<OwnersAliases>> ownersAliases,
        Optional<RepositoryFile<Maintainers>> maintainers,
        Optional<RepositoryFile<SecurityPolicy>> securityPolicy,
        Optional<RepositoryFile<SecurityInsights>> securityInsights,
        Optional<RepositoryFile<CommunityDocument>> contributing,
        Optional<RepositoryFile<CommunityDocument>> governanceDocument,
        Optional<RepositoryFile<CodeOfConduct>> codeOfConduct,
        List<RepositoryFile<LicenseFile>> licenses,
        Optional<String> releaseNotes,
        Optional<String> publiccode,
        FileTree tree) {

    /** Checks for nulls and copies the lists. */
    public RepositoryFiles {
        Objects.requireNonNull(forge, "forge");
        Objects.requireNonNull(codeOwners, "codeOwners");
        owners = List.copyOf(owners);
        Objects.requireNonNull(ownersAliases, "ownersAliases");
        Objects.requireNonNull(maintainers, "maintainers");
        Objects.requireNonNull(securityPolicy, "securityPolicy");
        Objects.requireNonNull(securityInsights, "securityInsights");
        Objects.requireNonNull(contributing, "contributing");
        Objects.requireNonNull(governanceDocument, "governanceDocument");
        Objects.requireNonNull(codeOfConduct, "codeOfConduct");
        licenses = List.copyOf(licenses);
        Objects.requireNonNull(releaseNotes, "releaseNotes");
        Objects.requireNonNull(publiccode, "publiccode");
        Objects.requireNonNull(tree, "tree");
    }

    /**
     * Reads a repository directory, with the forge guessed from it: GitLab when it has {@code
     * .gitlab-ci.yml} or a {@code .gitlab/} folder and no {@code .github/} folder, else GitHub.
     *
     * @param directory the repository's root
     * @return the files found
     * @throws IOException if the directory cannot be listed or a file cannot be read
     */
    public static RepositoryFiles read(Path directory) throws IOException {
        return new RepositoryReader(Optional.empty()).read(directory);
    }

    /**
     * Reads a repository directory with a given forge's conventions.
     *
     * @param directory the repository's root
     * @param forge the forge
     * @return the files found
     * @throws IOException if the directory cannot be listed or a file cannot be read
     */
    public static RepositoryFiles read(Path directory, Forge forge) throws IOException {
        return new RepositoryReader(Optional.of(forge)).read(directory);
    }

    /**
     * No files at all (for example a repository that was not read).
     *
     * @param forge the forge
     * @return files with nothing found
     */
    public static RepositoryFiles none(Forge forge) {
        return new RepositoryFiles(
                forge,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                FileTree.UNKNOWN);
    }

    /**
     * Every file read, in a stable order: CODEOWNERS, OWNERS_ALIASES, OWNERS files, MAINTAINERS,
     * SECURITY.md, SECURITY-INSIGHTS.yml, CONTRIBUTING, GOVERNANCE.md, the code of conduct, licences.
     *
     * @return the files
     */
    public List<RepositoryFile<?>> all() {
        List<RepositoryFile<?>> all = new ArrayList<>();
        codeOwners.ifPresent(all::add);
        ownersAliases.ifPresent(all::add);
        all.addAll(owners);
        maintainers.ifPresent(all::add);
        securityPolicy.ifPresent(all::add);
        securityInsights.ifPresent(all::add);
        contributing.ifPresent(all::add);
        governanceDocument.ifPresent(all::add);
        codeOfConduct.ifPresent(all::add);
        all.addAll(licenses);
        return List.copyOf(all);
    }

    /**
     * Whether any file read has an error.
     *
     * @return true when some problem is an error
     */
    public boolean hasErrors() {
        return all().stream().flatMap(f -> f.problems().stream()).anyMatch(Problem::isError);
    }
}
