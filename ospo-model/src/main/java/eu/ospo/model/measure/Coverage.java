package eu.ospo.model.measure;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.DateRange;
import eu.ospo.model.MaintainerAgreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How well agreements cover a range of days: a day is covered when at least one of the agreements
 * is {@linkplain MaintainerAgreement#isActiveOn(LocalDate) active} on it, and the gaps are the
 * maximal runs of uncovered days. {@code coveredDays + Σ gap.days() = range.days()}.
 *
 * @param range the range examined
 * @param coveredDays the number of covered days in the range
 * @param gaps the maximal runs of uncovered days, in date order
 */
public record Coverage(DateRange range, long coveredDays, List<DateRange> gaps) {

    /** Checks for nulls and copies the list. */
    public Coverage {
        Objects.requireNonNull(range, "range");
        gaps = List.copyOf(gaps);
    }

    /**
     * The coverage of a range by agreements (all of them, whatever their project or kind).
     *
     * @param agreements the agreements
     * @param range the range
     * @return the coverage
     */
    public static Coverage of(Collection<MaintainerAgreement> agreements, DateRange range) {
        List<DateRange> terms = new ArrayList<>();
        for (MaintainerAgreement agreement : agreements) {
            if (agreement.status() != AgreementStatus.SIGNED) {
                continue;
            }
            LocalDate first = max(agreement.start(), range.start());
            LocalDate last = agreement.end().map(end -> min(end, range.end())).orElse(range.end());
            if (!last.isBefore(first)) {
                terms.add(new DateRange(first, last));
            }
        }
        terms.sort(Comparator.comparing(DateRange::start));
        long covered = 0;
        List<DateRange> gaps = new ArrayList<>();
        LocalDate next = range.start(); // first day not yet known to be covered
        for (DateRange term : terms) {
            if (term.start().isAfter(next)) {
                gaps.add(new DateRange(next, term.start().minusDays(1)));
                next = term.start();
            }
            if (!term.end().isBefore(next)) {
                covered += new DateRange(next, term.end()).days();
                next = term.end().plusDays(1);
            }
        }
        if (!next.isAfter(range.end())) {
            gaps.add(new DateRange(next, range.end()));
        }
        return new Coverage(range, covered, gaps);
    }

    /**
     * The coverage of a range by the agreements on one project.
     *
     * @param projectId the project's id
     * @param agreements agreements on any projects
     * @param range the range
     * @return the coverage by those whose {@code project} is {@code projectId}
     */
    public static Coverage ofProject(String projectId, Collection<MaintainerAgreement> agreements, DateRange range) {
        return of(agreements.stream().filter(a -> a.project().equals(projectId)).toList(), range);
    }

    /**
     * Whether every day of the range is covered.
     *
     * @return true if there are no gaps
     */
    public boolean isComplete() {
        return gaps.isEmpty();
    }

    /**
     * The number of uncovered days.
     *
     * @return {@code range.days() − coveredDays}
     */
    public long uncoveredDays() {
        return range.days() - coveredDays;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
