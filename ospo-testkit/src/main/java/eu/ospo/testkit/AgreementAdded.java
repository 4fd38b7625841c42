package eu.ospo.testkit;

import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A valid governance model before and after one agreement that is active on a day was added to it,
 * for monotonicity properties ("adding an active agreement never turns a pass into a fail").
 *
 * @param before the model
 * @param after the model with {@code added} appended to its agreements; also valid
 * @param added the agreement, active on {@code day}
 * @param day the evaluation day
 */
public record AgreementAdded(Governance before, Governance after, MaintainerAgreement added, LocalDate day) {

    /** Checks for nulls. */
    public AgreementAdded {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(day, "day");
    }
}
