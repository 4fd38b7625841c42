package eu.ospo.testkit;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Renewal;
import eu.ospo.model.ServiceLevels;
import eu.ospo.testkit.internal.AgreementDraws;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.OrganisationDraws;
import eu.ospo.testkit.internal.Shape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of maintainer agreements that are well-formed ({@code start <= end}; a commitment for
 * maintenance and development; no end only with automatic renewal and a notice period; notice not
 * longer than the term).
 */
public final class Agreements {

    private static final int TWO_YEARS = 730;

    private Agreements() {}

    /**
     * Agreements of any kind and status between 2020 and 2030, on {@code project1}–{@code
     * project9}, provided by one of {@code org1}–{@code org99} and lying inside that provider's
     * (unseen) membership interval.
     *
     * @return the generator
     */
    public static Gen<MaintainerAgreement> any() {
        return in -> {
            Draw draw = new Draw(in);
            int provider = draw.between(1, 99);
            Organisation organisation =
                    OrganisationDraws.organisation(draw, "org" + provider, provider, false, Shape.DEFAULT);
            Optional<String> contractor = draw.maybe(25, () -> "org" + (provider % 99 + 1));
            AgreementDraws.Parties parties = new AgreementDraws.Parties(
                    "agreement" + draw.between(1, 99),
                    "project" + draw.between(1, 9),
                    organisation,
                    contractor,
                    draw.chance(20) ? "org" + draw.between(1, 99) : MaintainerAgreement.COMMUNITY,
                    List.of("person1", "person2", "person3"));
            return AgreementDraws.agreement(draw, parties, Shape.DEFAULT);
        };
    }

    /**
     * Agreements that can be added to a model and are active on a day: a signed maintenance
     * agreement with a commitment, on one of the model's projects, provided by an organisation that
     * is a member on that day, inside its membership interval, with an id the model does not use.
     * Adding one keeps the model valid.
     *
     * @param governance the model
     * @param day a day on which at least one organisation is a member (see {@link
     *     Dates#membershipDays(Governance)})
     * @return the generator
     * @throws IllegalArgumentException if no organisation is a member on {@code day}
     */
    public static Gen<MaintainerAgreement> activeIn(Governance governance, LocalDate day) {
        List<Organisation> members = governance.organisations().stream()
                .filter(o -> o.isMemberOn(day))
                .toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no organisation is a member on " + day);
        }
        Set<String> used = new HashSet<>();
        governance.agreements().forEach(a -> used.add(a.id()));
        int next = governance.agreements().size() + 1;
        while (used.contains("agreement" + next)) {
            next++;
        }
        String id = "agreement" + next;
        return in -> {
            Draw draw = new Draw(in);
            Organisation provider = draw.pick(members);
            LocalDate earliest = later(provider.joined(), day.minusDays(TWO_YEARS));
            LocalDate start = draw.day(earliest, day);
            LocalDate latest = provider.left().orElse(day.plusDays(TWO_YEARS));
            boolean openEnded = provider.left().isEmpty() && draw.chance(20);
            Optional<LocalDate> end = openEnded ? Optional.empty() : Optional.of(draw.day(day, latest));
            return new MaintainerAgreement(
                    id,
                    AgreementKind.MAINTENANCE,
                    draw.pick(governance.projects()).id(),
                    provider.id(),
                    Optional.empty(),
                    MaintainerAgreement.COMMUNITY,
                    Optional.of(draw.from(Commitments.any())),
                    start,
                    end,
                    openEnded ? Renewal.AUTOMATIC : Renewal.NONE,
                    openEnded ? Optional.of(draw.between(0, 180)) : Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    AgreementStatus.SIGNED,
                    Optional.empty());
        };
    }

    /**
     * Models before and after adding an agreement active on a day: draws a model, a day on which
     * one of its organisations is a member ({@link Dates#membershipDays(Governance)}) and an
     * agreement {@linkplain #activeIn(Governance, LocalDate) active in it} on that day.
     *
     * @param communities valid models
     * @return the generator
     */
    public static Gen<AgreementAdded> addedTo(Gen<Governance> communities) {
        Objects.requireNonNull(communities, "communities");
        return in -> {
            Governance before = communities.generate(in);
            LocalDate day = Dates.membershipDays(before).generate(in);
            MaintainerAgreement added = activeIn(before, day).generate(in);
            List<MaintainerAgreement> agreements = new ArrayList<>(before.agreements());
            agreements.add(added);
            Governance after = before.withAgreements(agreements);
            return new AgreementAdded(before, after, added, day);
        };
    }

    /**
     * Service levels, each response time present or not, 0–30 days.
     *
     * @return the generator
     */
    public static Gen<ServiceLevels> serviceLevels() {
        return in -> AgreementDraws.serviceLevels(new Draw(in));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
