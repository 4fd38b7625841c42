package eu.ospo.testkit.internal;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Per;
import eu.ospo.model.Renewal;
import eu.ospo.model.Responsibility;
import eu.ospo.model.ServiceLevels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Draws maintainer agreements that are well-formed and lie inside their provider's membership
 * interval: {@code joined <= start <= end <= left}; an agreement without end renews automatically
 * and has a notice period; a notice period never exceeds the term.
 */
public final class AgreementDraws {

    private static final int MAX_NOTICE_DAYS = 180;

    private AgreementDraws() {}

    /**
     * The parties and subject of an agreement to draw.
     *
     * @param id the agreement's id
     * @param project the project's id
     * @param provider the organisation committing effort
     * @param contractor the id of the vendor doing the work, if any
     * @param beneficiary the id of the beneficiary, or {@link MaintainerAgreement#COMMUNITY}
     * @param maintainerCandidates ids of contacts who may be named as maintainers
     */
    public record Parties(
            String id,
            String project,
            Organisation provider,
            Optional<String> contractor,
            String beneficiary,
            List<String> maintainerCandidates) {}

    /**
     * An agreement.
     *
     * @param draw the source
     * @param parties who and what
     * @param shape the kinds, statuses, commitment sizes and last day allowed
     * @return the agreement
     */
    public static MaintainerAgreement agreement(Draw draw, Parties parties, Shape shape) {
        Organisation provider = parties.provider();
        LocalDate last = provider.left().orElse(shape.to());
        LocalDate start = draw.day(provider.joined(), last);
        Renewal renewal = draw.pick(List.of(Renewal.values()));
        boolean openEnded = renewal == Renewal.AUTOMATIC && provider.left().isEmpty() && draw.chance(40);
        Optional<LocalDate> end = openEnded ? Optional.empty() : Optional.of(draw.day(start, last));
        Optional<Integer> notice = end.isEmpty()
                ? Optional.of(draw.between(0, MAX_NOTICE_DAYS))
                : draw.maybe(
                        70,
                        () -> draw.between(0, (int)
                                Math.min(MAX_NOTICE_DAYS, ChronoUnit.DAYS.between(start, end.get()) + 1)));
        AgreementKind kind = draw.pick(shape.kinds());
        boolean needsCommitment = kind == AgreementKind.MAINTENANCE || kind == AgreementKind.DEVELOPMENT;
        Optional<Commitment> commitment =
                needsCommitment ? Optional.of(commitment(draw, shape)) : draw.maybe(50, () -> commitment(draw, shape));
        return new MaintainerAgreement(
                parties.id(),
                kind,
                parties.project(),
                provider.id(),
                parties.contractor(),
                parties.beneficiary(),
                commitment,
                start,
                end,
                renewal,
                notice,
                draw.subset(List.of(Responsibility.values()), 30),
                draw.maybe(40, () -> serviceLevels(draw)),
                draw.subset(parties.maintainerCandidates(), 40),
                draw.pick(shape.statuses()),
                draw.maybe(30, () -> "https://docs.example.org/agreements/" + parties.id() + ".pdf"));
    }

    /**
     * A commitment in one of the shape's units and within its sizes.
     *
     * @param draw the source
     * @param shape the units and sizes
     * @return the commitment
     */
    public static Commitment commitment(Draw draw, Shape shape) {
        CommitmentUnit unit = draw.pick(shape.units());
        return switch (unit) {
            case FTE -> Commitment.ofFte(shape.fte(draw));
            case HOURS ->
                Commitment.ofHours(
                        draw.decimal(shape.hours().min(), shape.hours().max(), 0), draw.pick(List.of(Per.values())));
        };
    }

    /**
     * Service levels, each present or not, 0–30 days.
     *
     * @param draw the source
     * @return the service levels
     */
    public static ServiceLevels serviceLevels(Draw draw) {
        return new ServiceLevels(
                draw.maybe(60, () -> draw.between(0, 30)),
                draw.maybe(60, () -> draw.between(0, 30)),
                draw.maybe(60, () -> draw.between(0, 30)));
    }
}
