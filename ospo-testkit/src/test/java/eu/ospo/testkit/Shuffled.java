package eu.ospo.testkit;

import eu.ospo.model.Community;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A governance model with every list in another order (what a reordered governance.yml reads as). */
final class Shuffled {

    private Shuffled() {}

    static Governance of(Governance g, long seed) {
        Random random = new Random(seed);
        Community c = g.community();
        return new Governance(
                g.governanceYmlVersion(),
                new Community(
                        c.name(),
                        c.uri(),
                        c.description(),
                        c.charter(),
                        c.lastReviewed(),
                        shuffle(c.exemptions(), random)),
                shuffle(
                        g.organisations().stream()
                                .map(o -> organisation(o, random))
                                .toList(),
                        random),
                shuffle(g.projects(), random),
                shuffle(g.agreements().stream().map(a -> agreement(a, random)).toList(), random),
                g.communityTime().map(p -> policy(p, random)),
                g.decisionMaking().map(d -> decisionMaking(d, random)),
                shuffle(g.contacts().stream().map(x -> contact(x, random)).toList(), random));
    }

    static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Organisation organisation(Organisation o, Random random) {
        return new Organisation(
                o.id(),
                o.name(),
                o.uri(),
                o.country(),
                o.type(),
                shuffle(o.identifiers(), random),
                shuffle(o.roles(), random),
                o.joined(),
                o.left(),
                o.communityTime().map(p -> policy(p, random)));
    }

    private static MaintainerAgreement agreement(MaintainerAgreement a, Random random) {
        return new MaintainerAgreement(
                a.id(),
                a.kind(),
                a.project(),
                a.provider(),
                a.contractor(),
                a.beneficiary(),
                a.commitment(),
                a.start(),
                a.end(),
                a.renewal(),
                a.noticePeriodDays(),
                shuffle(a.responsibilities(), random),
                a.serviceLevels(),
                shuffle(a.maintainers(), random),
                a.status(),
                a.document());
    }

    private static CommunityTimePolicy policy(CommunityTimePolicy p, Random random) {
        return new CommunityTimePolicy(
                p.percentage(),
                p.scope(),
                p.period(),
                shuffle(p.appliesToRoles(), random),
                shuffle(p.reports(), random));
    }

    private static DecisionMaking decisionMaking(DecisionMaking d, Random random) {
        List<DecisionBody> bodies = d.bodies().stream()
                .map(b -> new DecisionBody(
                        b.id(),
                        b.name(),
                        b.purpose(),
                        shuffle(b.seats(), random),
                        b.maxSeatsPerOrganisation(),
                        b.quorum(),
                        b.votingRule(),
                        b.votingPeriodDays(),
                        b.termMonths()))
                .toList();
        return new DecisionMaking(shuffle(bodies, random), d.governanceChange());
    }

    private static Contact contact(Contact c, Random random) {
        return new Contact(
                c.id(),
                c.name(),
                c.affiliation(),
                c.email(),
                c.phone(),
                c.forgeHandles(),
                shuffle(c.roles(), random),
                c.isRoleMailbox(),
                c.owner());
    }
}
