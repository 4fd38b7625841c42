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
 * @param date the evaluation date ("today"), from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}
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

    /** The earliest supported evaluation date: 1900-01-01. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /**
     * The latest supported evaluation date: 9999-12-31. Rules look ahead of the evaluation date
     * (expiry windows, coverage horizons) with whole-number parameters of at most 2<sup>31</sup>-1
     * days, which stays far inside {@link LocalDate}'s range from any supported date.
     */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /**
     * Checks for nulls and the date's range.
     *
     * @throws IllegalArgumentException if the date is before {@link #EARLIEST_DATE} or after {@link
     *     #LATEST_DATE}
     */
    public RuleContext {
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(publicCode, "publicCode");
        requireSupportedDate(date);
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

    /**
     * Checks that a date is a supported evaluation date.
     *
     * @param date the date
     * @return the date
     * @throws IllegalArgumentException if it is before {@link #EARLIEST_DATE} or after {@link
     *     #LATEST_DATE}; the message names the date and the range
     */
    public static LocalDate requireSupportedDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new IllegalArgumentException(date + " is outside the supported range of evaluation dates, "
                    + EARLIEST_DATE + " to " + LATEST_DATE);
        }
        return date;
    }
}
