package eu.ospo.governance.rules;

import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.model.Governance;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a rule may look at. Rules never read the clock or the network: the evaluation date is
 * part of the context.
 *
 * @param governance the community's governance model
 * @param publicCode the project's publiccode.yml, when there is one (and it parsed without error)
 * @param date the evaluation date ("today")
 * @param governanceSource positions of the keys of governance.yml (empty when built in code)
 * @param publiccodeSource positions of the keys of publiccode.yml (empty when absent)
 * @param repositoryFiles the repository's own governance files (CODEOWNERS, MAINTAINERS, SECURITY.md,
 *     ...), when the repository was read; the FILE-* and CO-* rules do not apply without them
 */
public record RuleContext(
        Governance governance,
        Optional<PublicCode> publicCode,
        LocalDate date,
        SourceMap governanceSource,
        SourceMap publiccodeSource,
        Optional<RepositoryFiles> repositoryFiles) {

    /** Checks for nulls. */
    public RuleContext {
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(publicCode, "publicCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(governanceSource, "governanceSource");
        Objects.requireNonNull(publiccodeSource, "publiccodeSource");
        Objects.requireNonNull(repositoryFiles, "repositoryFiles");
    }

    /**
     * A context without repository files.
     *
     * @param governance the governance model
     * @param publicCode the publiccode.yml model, if any
     * @param date the evaluation date
     * @param governanceSource positions of the keys of governance.yml
     * @param publiccodeSource positions of the keys of publiccode.yml
     */
    public RuleContext(
            Governance governance,
            Optional<PublicCode> publicCode,
            LocalDate date,
            SourceMap governanceSource,
            SourceMap publiccodeSource) {
        this(governance, publicCode, date, governanceSource, publiccodeSource, Optional.empty());
    }

    /**
     * A copy with the repository's governance files.
     *
     * @param files the files read from the repository
     * @return the copy
     */
    public RuleContext withRepositoryFiles(RepositoryFiles files) {
        return new RuleContext(governance, publicCode, date, governanceSource, publiccodeSource, Optional.of(files));
    }

    /**
     * A context without positions.
     *
     * @param governance the governance model
     * @param publicCode the publiccode.yml model, if any
     * @param date the evaluation date
     * @return the context
     */
    public static RuleContext of(Governance governance, Optional<PublicCode> publicCode, LocalDate date) {
        return new RuleContext(governance, publicCode, date, SourceMap.empty(), SourceMap.empty());
    }
}
