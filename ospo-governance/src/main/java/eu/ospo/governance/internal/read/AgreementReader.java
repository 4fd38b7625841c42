package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.Fields.Text;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Per;
import eu.ospo.model.Renewal;
import eu.ospo.model.Responsibility;
import eu.ospo.model.ServiceLevels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reads {@code agreements[]} with their commitment and service levels, and their cross-key rules. */
final class AgreementReader {

    private AgreementReader() {}

    static Optional<MaintainerAgreement> read(Fields fields) {
        Optional<String> id = fields.id(Kind.AGREEMENT, true);
        Optional<AgreementKind> kind = fields.keyword("kind", AgreementKind.class, Presence.REQUIRED);
        Optional<String> project = fields.reference("project", Kind.PROJECT, Presence.REQUIRED);
        Optional<String> provider = fields.reference("provider", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<String> contractor = fields.reference("contractor", Kind.ORGANISATION, Presence.OPTIONAL);
        String beneficiary = beneficiary(fields);
        Optional<Commitment> commitment = fields.nested("commitment", Presence.OPTIONAL, AgreementReader::commitment);
        Optional<LocalDate> start = fields.date("start", Presence.REQUIRED);
        Optional<LocalDate> end = fields.date("end", Presence.OPTIONAL);
        Optional<Renewal> renewal = fields.keyword("renewal", Renewal.class, Presence.OPTIONAL);
        Optional<Integer> noticePeriodDays = Numbers.integer(fields, "noticePeriodDays", Presence.OPTIONAL, 0);
        List<Responsibility> responsibilities =
                fields.keywords("responsibilities", Responsibility.class, Presence.OPTIONAL);
        Optional<ServiceLevels> serviceLevels =
                fields.nested("serviceLevels", Presence.OPTIONAL, AgreementReader::serviceLevels);
        List<String> maintainers = fields.referenceList("maintainers", Kind.CONTACT);
        Optional<AgreementStatus> status = fields.keyword("status", AgreementStatus.class, Presence.REQUIRED);
        Optional<String> document = Formats.url(fields, "document", Presence.OPTIONAL);
        fields.finish();

        if (kind.isPresent() && needsCommitment(kind.get()) && !fields.present("commitment")) {
            fields.requiredWhen("commitment", "kind is " + kind.get().value(), "kind");
        }
        boolean ordered = DateRanges.endNotBeforeStart(fields, "start", start, "end", end);
        boolean renewalKnown = renewal.isPresent() || !fields.present("renewal");
        Renewal renewalValue = renewal.orElse(Renewal.NONE);
        if (renewalKnown && !fields.present("end")) {
            if (renewalValue != Renewal.AUTOMATIC) {
                fields.requiredWhen("end", "renewal is not automatic", "renewal");
            } else if (!fields.present("noticePeriodDays")) {
                fields.requiredWhen("noticePeriodDays", "the agreement has no end", "end");
            }
        }
        if (ordered && start.isPresent() && end.isPresent() && noticePeriodDays.isPresent()) {
            long termDays = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
            if (noticePeriodDays.get() > termDays) {
                fields.error(
                        Codes.NOTICE_PERIOD,
                        "noticePeriodDays",
                        "noticePeriodDays (" + noticePeriodDays.get() + ") must not be longer than the term of "
                                + termDays + " days",
                        "term",
                        Long.toString(termDays));
            }
        }
        if (id.isEmpty()
                || kind.isEmpty()
                || project.isEmpty()
                || provider.isEmpty()
                || start.isEmpty()
                || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaintainerAgreement(
                id.get(),
                kind.get(),
                project.get(),
                provider.get(),
                contractor,
                beneficiary,
                commitment,
                start.get(),
                end,
                renewalValue,
                noticePeriodDays,
                responsibilities,
                serviceLevels,
                maintainers,
                status.get(),
                document));
    }

    private static boolean needsCommitment(AgreementKind kind) {
        return kind == AgreementKind.MAINTENANCE || kind == AgreementKind.DEVELOPMENT;
    }

    /** An organisation id, or {@value MaintainerAgreement#COMMUNITY}, the default. */
    private static String beneficiary(Fields fields) {
        Optional<Text> text = fields.text("beneficiary", Presence.OPTIONAL);
        if (text.isEmpty()) {
            return MaintainerAgreement.COMMUNITY;
        }
        if (!text.get().value().equals(MaintainerAgreement.COMMUNITY)) {
            fields.references()
                    .refer(
                            Kind.ORGANISATION,
                            text.get().value(),
                            text.get().path(),
                            text.get().at());
        }
        return text.get().value();
    }

    private static Optional<Commitment> commitment(Fields fields) {
        Optional<BigDecimal> amount =
                Numbers.decimalAtLeast(fields, "amount", Presence.REQUIRED, BigDecimal.ZERO, false);
        Optional<CommitmentUnit> unit = fields.keyword("unit", CommitmentUnit.class, Presence.REQUIRED);
        Optional<Per> per = fields.keyword("per", Per.class, Presence.OPTIONAL);
        fields.finish();
        if (unit.isPresent() && unit.get() == CommitmentUnit.HOURS && !fields.present("per")) {
            fields.requiredWhen("per", "unit is hours", "unit");
        }
        if (unit.isPresent() && unit.get() != CommitmentUnit.HOURS && fields.present("per")) {
            fields.error(Codes.EXCLUDED_UNLESS, "per", "per is only allowed when unit is hours", "unless", "unit");
            return Optional.empty();
        }
        if (amount.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(amount.get(), unit.get(), per));
    }

    private static Optional<ServiceLevels> serviceLevels(Fields fields) {
        Optional<Integer> firstResponseDays = Numbers.integer(fields, "firstResponseDays", Presence.OPTIONAL, 0);
        Optional<Integer> securityResponseDays = Numbers.integer(fields, "securityResponseDays", Presence.OPTIONAL, 0);
        Optional<Integer> reviewDays = Numbers.integer(fields, "reviewDays", Presence.OPTIONAL, 0);
        fields.finish();
        return Optional.of(new ServiceLevels(firstResponseDays, securityResponseDays, reviewDays));
    }
}
