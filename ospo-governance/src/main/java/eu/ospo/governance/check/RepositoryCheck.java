package eu.ospo.governance.check;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.files.Forge;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.yaml.NotRegularFileException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a repository directory the way {@code ospo check} does: validates its publiccode.yml (or
 * publiccode.yaml), reads its governance.yml, evaluates the governance rules over both on a given
 * date, and returns everything in one {@link RepositoryResult}. Immutable and thread-safe: build it
 * once and check any number of directories, from any number of threads.
 *
 * <pre>{@code
 * RepositoryCheck check = RepositoryCheck.builder()
 *         .date(LocalDate.of(2026, 12, 1)) // required: the library never reads the clock
 *         .ruleset(ruleset)                // optional: the default ruleset otherwise
 *         .build();
 * RepositoryResult result = check.check(Path.of("my-repository"));
 * result.problems().forEach(p -> System.out.println(p.problem().format(p.file())));
 * result.evaluation().ifPresent(evaluation -> ...);
 * }</pre>
 *
 * <p>What a check does, in order:
 *
 * <ol>
 *   <li>{@code publiccode.yml}, else {@code publiccode.yaml}, when present, is parsed with the
 *       builder's {@link PubliccodeParser} (relative file references resolve against the directory
 *       unless that parser has its own base directory).
 *   <li>{@code governance.yml}, when present, is parsed with the builder's {@link
 *       GovernanceParser}.
 *   <li>The repository's own governance files ({@code CODEOWNERS}, {@code OWNERS}, {@code
 *       MAINTAINERS}, {@code SECURITY.md}, the licence, ...) are read with {@link RepositoryFiles}
 *       (unless {@link Builder#repositoryFiles(boolean)} turns that off); each becomes a checked file
 *       with its problems.
 *   <li>When governance.yml could be read into a model ({@link GovernanceResult#governanceAsRead()}:
 *       also when it has semantic problems only, such as an identifier failing its check or a
 *       reference to an undeclared id), the rules are evaluated over it, the publiccode.yml model and
 *       the repository files on the date. The file's problems are reported all the same and make the
 *       verdict invalid; only a governance.yml that could not be read into the model's structure
 *       (YAML errors, wrong types, missing keys) leaves the rules unevaluated. A publiccode.yml with errors is left out of the evaluation (the rules
 *       that need it do not apply) and a {@value #PUBLICCODE_SKIPPED} warning note says so.
 * </ol>
 *
 * <p>A file that is absent is not a problem: it has no entry in {@link RepositoryResult#files()}
 * (what must be present is the caller's policy; {@code ospo check} requires a publiccode file).
 * Content problems never throw; only I/O does, and a file that is present but is not a regular
 * file (a directory, FIFO or device) is an I/O error, never silently skipped.
 */
public final class RepositoryCheck {

    /** The code of the note that publiccode.yml was left out of the evaluation because it has errors. */
    public static final String PUBLICCODE_SKIPPED = "publiccode.skipped";

    private final LocalDate date;
    private final GovernanceRules rules;
    private final PubliccodeParser publiccodeParser;
    private final GovernanceParser governanceParser;
    private final boolean readRepositoryFiles;
    private final Optional<Forge> forge;

    private RepositoryCheck(Builder builder, LocalDate date) {
        this.date = date;
        this.rules = builder.rules;
        this.publiccodeParser = builder.publiccodeParser;
        this.governanceParser = builder.governanceParser;
        this.readRepositoryFiles = builder.readRepositoryFiles;
        this.forge = builder.forge;
    }

    /**
     * A builder: default rules and parsers; the date must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The evaluation date.
     *
     * @return the date the rules are evaluated on
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The rules engine (with its ruleset) that evaluations use; reports describe its rules.
     *
     * @return the engine
     */
    public GovernanceRules rules() {
        return rules;
    }

    /**
     * Checks a repository directory.
     *
     * @param directory the directory
     * @return every file's problems, the models, the evaluation when the rules ran, the verdict
     * @throws IOException if the directory is missing or not a directory, or a file in it is present
     *     but cannot be read or is not a regular file; a {@link FileSystemException} names the path
     */
    public RepositoryResult check(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new NotDirectoryException(directory.toString());
            }
            throw new NoSuchFileException(directory.toString(), null, "no such directory");
        }
        List<CheckedFile> files = new ArrayList<>();
        List<FileProblem> notes = new ArrayList<>();
        Optional<Path> publiccodeFile = find(directory, FileKind.PUBLICCODE);
        Optional<Path> governanceFile = find(directory, FileKind.GOVERNANCE);
        for (Optional<Path> present : List.of(publiccodeFile, governanceFile)) { // fail before any work
            if (present.isPresent()) {
                NotRegularFileException.requireRegularFile(present.get());
            }
        }

        Optional<PubliccodeResult> publiccode = Optional.empty();
        if (publiccodeFile.isPresent()) {
            PubliccodeResult parsed = read(publiccodeFile.get(), publiccodeParser::parse);
            publiccode = Optional.of(parsed);
            files.add(new CheckedFile(name(publiccodeFile.get()), FileKind.PUBLICCODE, parsed.problems()));
        }

        Optional<RepositoryFiles> repositoryFiles = Optional.empty();
        if (readRepositoryFiles) {
            repositoryFiles = Optional.of(
                    forge.isPresent() ? RepositoryFiles.read(directory, forge.get()) : RepositoryFiles.read(directory));
        }

        Optional<GovernanceResult> governance = Optional.empty();
        Optional<Evaluation> evaluation = Optional.empty();
        if (governanceFile.isPresent()) {
            GovernanceResult parsed = read(governanceFile.get(), governanceParser::parse);
            governance = Optional.of(parsed);
            String name = name(governanceFile.get());
            files.add(new CheckedFile(name, FileKind.GOVERNANCE, parsed.problems()));
            if (parsed.governanceAsRead().isPresent()) { // semantic problems do not stop the rules
                evaluation = Optional.of(evaluate(parsed, name, publiccodeFile, publiccode, repositoryFiles, notes));
            }
        }
        repositoryFiles.ifPresent(found -> files.addAll(checked(found)));
        return new RepositoryResult(directory, files, publiccode, governance, evaluation, notes, repositoryFiles);
    }

    private Evaluation evaluate(
            GovernanceResult governance,
            String governanceName,
            Optional<Path> publiccodeFile,
            Optional<PubliccodeResult> publiccode,
            Optional<RepositoryFiles> repositoryFiles,
            List<FileProblem> notes) {
        String publiccodeName = publiccodeFile
                .map(RepositoryCheck::name)
                .orElse(FileKind.PUBLICCODE.fileNames().get(0));
        publiccode
                .filter(result -> !result.isValid())
                .ifPresent(result -> notes.add(new FileProblem(
                        publiccodeName, skipped(publiccodeName, result.errors().size()))));
        RuleContext context = new RuleContext(
                governance.governanceAsRead().orElseThrow(),
                publiccode.flatMap(PubliccodeResult::publicCode),
                date,
                governance.sourceMap().named(governanceName),
                publiccode
                        .map(PubliccodeResult::sourceMap)
                        .orElse(SourceMap.empty())
                        .named(publiccodeName));
        return rules.evaluate(repositoryFiles.map(context::withRepositoryFiles).orElse(context));
    }

    /** The repository files as checked files, in the order of {@link FileKind}. */
    private static List<CheckedFile> checked(RepositoryFiles found) {
        List<CheckedFile> checked = new ArrayList<>();
        found.codeOwners().ifPresent(f -> checked.add(checked(f, FileKind.CODEOWNERS)));
        found.ownersAliases().ifPresent(f -> checked.add(checked(f, FileKind.OWNERS_ALIASES)));
        found.owners().forEach(f -> checked.add(checked(f, FileKind.OWNERS)));
        found.maintainers().ifPresent(f -> checked.add(checked(f, FileKind.MAINTAINERS)));
        found.securityPolicy().ifPresent(f -> checked.add(checked(f, FileKind.SECURITY_POLICY)));
        found.securityInsights().ifPresent(f -> checked.add(checked(f, FileKind.SECURITY_INSIGHTS)));
        found.contributing().ifPresent(f -> checked.add(checked(f, FileKind.CONTRIBUTING)));
        found.governanceDocument().ifPresent(f -> checked.add(checked(f, FileKind.GOVERNANCE_DOCUMENT)));
        found.codeOfConduct().ifPresent(f -> checked.add(checked(f, FileKind.CODE_OF_CONDUCT)));
        found.licenses().forEach(f -> checked.add(checked(f, FileKind.LICENSE)));
        return checked;
    }

    private static CheckedFile checked(RepositoryFile<?> file, FileKind kind) {
        return new CheckedFile(file.path(), kind, file.problems());
    }

    private static Problem skipped(String name, int errors) {
        return new Problem(
                PUBLICCODE_SKIPPED,
                Severity.WARNING,
                "",
                0,
                0,
                name + " has " + errors + (errors == 1 ? " error" : " errors")
                        + "; the governance rules ran without it (see ospo publiccode validate)",
                Map.of("errors", Integer.toString(errors)));
    }

    /**
     * The file of a kind: the first of its names present in the directory. A name counts as present
     * when anything is there (even a dangling link or a FIFO), so that reading it reports why it
     * cannot be read instead of skipping it.
     */
    private static Optional<Path> find(Path directory, FileKind kind) {
        return kind.fileNames().stream()
                .map(directory::resolve)
                .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS))
                .findFirst();
    }

    private static String name(Path file) {
        return Objects.requireNonNull(file.getFileName(), "file name").toString();
    }

    /** Reads one present file (the parsers open only regular files); failures name the file. */
    private static <R> R read(Path file, Reader<R> reader) throws IOException {
        try {
            return reader.read(file);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** A parser's {@code parse(Path)}. */
    @FunctionalInterface
    private interface Reader<R> {
        R read(Path file) throws IOException;
    }

    /**
     * Options for a {@link RepositoryCheck}. Not thread-safe; the check it builds is.
     */
    public static final class Builder {

        private @Nullable LocalDate date;
        private GovernanceRules rules = GovernanceRules.defaults();
        private PubliccodeParser publiccodeParser = PubliccodeParser.builder().build();
        private GovernanceParser governanceParser = GovernanceParser.builder().build();
        private boolean readRepositoryFiles = true;
        private Optional<Forge> forge = Optional.empty();

        private Builder() {}

        /**
         * Whether to read the repository's own governance files (CODEOWNERS, OWNERS, MAINTAINERS,
         * SECURITY.md, the licence, ...; default true). Without them the FILE-* and CO-* rules do not
         * apply.
         *
         * @param read false to leave them out
         * @return this builder
         */
        public Builder repositoryFiles(boolean read) {
            this.readRepositoryFiles = read;
            return this;
        }

        /**
         * The forge whose conventions the repository follows (where CODEOWNERS is read, its syntax).
         * Default: guessed from the directory (see {@link RepositoryFiles#read(Path)}).
         *
         * @param forge the forge
         * @return this builder
         */
        public Builder forge(Forge forge) {
            this.forge = Optional.of(Objects.requireNonNull(forge, "forge"));
            return this;
        }

        /**
         * Sets the evaluation date ("today" for every rule that looks at dates). Required: the
         * library never reads the clock.
         *
         * @param date the date, from {@link RuleContext#EARLIEST_DATE} to {@link
         *     RuleContext#LATEST_DATE}
         * @return this builder
         * @throws IllegalArgumentException if the date is outside that range
         */
        public Builder date(LocalDate date) {
            this.date = RuleContext.requireSupportedDate(date);
            return this;
        }

        /**
         * Evaluates the default rules under a ruleset (default: {@link Ruleset#defaults()}).
         *
         * @param ruleset the ruleset
         * @return this builder
         * @throws IllegalArgumentException if the ruleset names an unknown rule or parameter, or
         *     gives a parameter a value its rule does not accept
         */
        public Builder ruleset(Ruleset ruleset) {
            return rules(GovernanceRules.builder().ruleset(ruleset).build());
        }

        /**
         * Evaluates these rules (for an engine with rules of your own; replaces {@link
         * #ruleset(Ruleset)}). Default: {@link GovernanceRules#defaults()}.
         *
         * @param rules the engine
         * @return this builder
         */
        public Builder rules(GovernanceRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets the parser for publiccode.yml, with its options (limits, file checks, ...).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder publiccodeParser(PubliccodeParser parser) {
            this.publiccodeParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Sets the parser for governance.yml, with its options.
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder governanceParser(GovernanceParser parser) {
            this.governanceParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Builds the check.
         *
         * @return a reusable, thread-safe check
         * @throws IllegalStateException if no date was set
         */
        public RepositoryCheck build() {
            if (date == null) {
                throw new IllegalStateException("the evaluation date is required: the library never reads the clock");
            }
            return new RepositoryCheck(this, date);
        }
    }
}
