package eu.ospo.model.internal.validation;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Renewal;
import eu.ospo.model.validation.WellFormedAgreement;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Validates {@link WellFormedAgreement}. */
public final class AgreementValidator implements ConstraintValidator<WellFormedAgreement, MaintainerAgreement> {

    /** Creates the validator. */
    public AgreementValidator() {}

    @Override
    public boolean isValid(@Nullable MaintainerAgreement agreement, ConstraintValidatorContext context) {
        if (agreement == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (needsCommitment(agreement.kind()) && agreement.commitment().isEmpty()) {
            add(context, "commitment", "must be given for a " + agreement.kind().value() + " agreement");
            valid = false;
        }
        boolean automatic = agreement.renewal() == Renewal.AUTOMATIC;
        if (agreement.end().isEmpty() && !automatic) {
            add(context, "end", "must be given unless renewal is automatic");
            valid = false;
        }
        if (agreement.end().isEmpty()
                && automatic
                && agreement.noticePeriodDays().isEmpty()) {
            add(context, "noticePeriodDays", "must be given for an open-ended agreement");
            valid = false;
        }
        if (agreement.end().isPresent() && agreement.noticePeriodDays().isPresent()) {
            LocalDate start = agreement.start();
            LocalDate end = agreement.end().get();
            long termDays = ChronoUnit.DAYS.between(start, end) + 1;
            if (termDays > 0 && agreement.noticePeriodDays().get() > termDays) {
                add(context, "noticePeriodDays", "must not be longer than the term of " + termDays + " days");
                valid = false;
            }
        }
        return valid;
    }

    private static boolean needsCommitment(AgreementKind kind) {
        return kind == AgreementKind.MAINTENANCE || kind == AgreementKind.DEVELOPMENT;
    }

    private static void add(ConstraintValidatorContext context, String property, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(property)
                .addConstraintViolation();
    }
}
