package eu.ospo.governance.internal.rules;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.MaintainerAgreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers, for the agreements of one provider on one project, which agreement continues a given
 * one: a <em>successor</em> of an agreement with an end is another signed agreement of the same
 * provider on the same project that starts no later than the day after that end and runs past it
 * (it has no end, or a later one). When several qualify, the one running longest is named (ties:
 * the smallest id).
 *
 * <p>Answers in O(log n) after an O(n log n) set-up: agreements are sorted by start, and for every
 * prefix the two longest-running agreements are kept, so the agreement asked about can be passed
 * over.
 */
final class Successors {

    private static final Comparator<Indexed<MaintainerAgreement>> LONGEST_FIRST = Comparator.comparing(
                    (Indexed<MaintainerAgreement> a) -> endOrMax(a.value()))
            .reversed()
            .thenComparing(a -> a.value().id())
            .thenComparingInt(Indexed::index);

    private final List<Indexed<MaintainerAgreement>> byStart;
    private final int[] best;
    private final int[] second;

    Successors(List<Indexed<MaintainerAgreement>> group) {
        List<Indexed<MaintainerAgreement>> signed = new ArrayList<>();
        for (Indexed<MaintainerAgreement> agreement : group) {
            if (agreement.value().status() == AgreementStatus.SIGNED) {
                signed.add(agreement);
            }
        }
        signed.sort(Comparator.comparing(
                        (Indexed<MaintainerAgreement> a) -> a.value().start())
                .thenComparingInt(Indexed::index));
        byStart = List.copyOf(signed);
        best = new int[byStart.size()];
        second = new int[byStart.size()];
        int first = -1;
        int runnerUp = -1;
        for (int i = 0; i < byStart.size(); i++) {
            if (first < 0 || LONGEST_FIRST.compare(byStart.get(i), byStart.get(first)) < 0) {
                runnerUp = first;
                first = i;
            } else if (runnerUp < 0 || LONGEST_FIRST.compare(byStart.get(i), byStart.get(runnerUp)) < 0) {
                runnerUp = i;
            }
            best[i] = first;
            second[i] = runnerUp;
        }
    }

    /**
     * The successor of an agreement of this group.
     *
     * @param agreement the agreement
     * @return its successor, or empty (always empty for an agreement without an end)
     */
    Optional<Indexed<MaintainerAgreement>> of(Indexed<MaintainerAgreement> agreement) {
        Optional<LocalDate> end = agreement.value().end();
        if (end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate limit = end.get().plusDays(1);
        int last = lastStartingBy(limit);
        if (last < 0) {
            return Optional.empty();
        }
        int candidate = best[last];
        if (isSame(byStart.get(candidate), agreement)) {
            candidate = second[last];
        }
        if (candidate < 0) {
            return Optional.empty();
        }
        Indexed<MaintainerAgreement> successor = byStart.get(candidate);
        return endOrMax(successor.value()).isAfter(end.get()) ? Optional.of(successor) : Optional.empty();
    }

    private int lastStartingBy(LocalDate limit) {
        int low = 0;
        int high = byStart.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (byStart.get(middle).value().start().isAfter(limit)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found;
    }

    private static boolean isSame(Indexed<MaintainerAgreement> a, Indexed<MaintainerAgreement> b) {
        return a.index() == b.index();
    }

    private static LocalDate endOrMax(MaintainerAgreement agreement) {
        return agreement.end().orElse(LocalDate.MAX);
    }
}
