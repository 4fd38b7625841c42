package eu.ospo.testkit;

import eu.ospo.model.Commitment;
import eu.ospo.model.FteBasis;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Per;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Model transformations the invariants talk about: unit conversion, reordering, adding and removing. */
final class Conversions {

    private Conversions() {}

    /** Every commitment restated as hours per year with one FTE basis. */
    static Governance allInHoursPerYear(Governance g, FteBasis basis) {
        return withCommitments(g, c -> Commitment.ofHours(c.hoursPerYear(basis), Per.YEAR));
    }

    /**
     * Every commitment restated in FTE with one FTE basis; exact for bases whose only prime factors
     * are 2 and 5 (1600, 1000, 1280, ...).
     */
    static Governance allInFte(Governance g, FteBasis basis) {
        return withCommitments(g, c -> Commitment.ofFte(c.hoursPerYear(basis).divide(basis.hoursPerYear())));
    }

    private static Governance withCommitments(Governance g, UnaryOperator<Commitment> change) {
        return withAgreements(
                g,
                g.agreements().stream()
                        .map(a -> withCommitment(a, a.commitment().map(change)))
                        .toList());
    }

    static MaintainerAgreement withCommitment(MaintainerAgreement a, Optional<Commitment> commitment) {
        return a.withCommitment(commitment);
    }

    static Governance withAgreements(Governance g, List<MaintainerAgreement> agreements) {
        return g.withAgreements(agreements);
    }
}
