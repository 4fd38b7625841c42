package eu.ospo.model.measure;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Renewal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small agreements for measure tests. */
final class Agreements {

    private Agreements() {}

    static MaintainerAgreement signed(String project, String provider, String start, String end, String fte) {
        return agreement(
                project,
                provider,
                LocalDate.parse(start),
                Optional.of(LocalDate.parse(end)),
                fte,
                AgreementStatus.SIGNED);
    }

    static MaintainerAgreement agreement(
            String project,
            String provider,
            LocalDate start,
            Optional<LocalDate> end,
            String fte,
            AgreementStatus status) {
        return new MaintainerAgreement(
                "a-" + provider,
                AgreementKind.MAINTENANCE,
                project,
                provider,
                Optional.empty(),
                MaintainerAgreement.COMMUNITY,
                Optional.of(Commitment.ofFte(new BigDecimal(fte))),
                start,
                end,
                end.isPresent() ? Renewal.NONE : Renewal.AUTOMATIC,
                end.isPresent() ? Optional.empty() : Optional.of(30),
                List.of(),
                Optional.empty(),
                List.of(),
                status,
                Optional.empty());
    }
}
