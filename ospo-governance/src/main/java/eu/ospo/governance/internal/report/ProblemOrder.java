package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import java.util.Comparator;
import java.util.List;

/**
 * The order every report lists the problems of the input files in: by file name, then line, then
 * column; problems at the same place keep the order found (the sort is stable).
 */
final class ProblemOrder {

    static final Comparator<FileProblem> BY_PLACE = Comparator.comparing(FileProblem::file)
            .thenComparingInt((FileProblem p) -> p.problem().line())
            .thenComparingInt(p -> p.problem().column());

    private ProblemOrder() {}

    static List<FileProblem> sorted(List<FileProblem> problems) {
        return problems.stream().sorted(BY_PLACE).toList();
    }
}
