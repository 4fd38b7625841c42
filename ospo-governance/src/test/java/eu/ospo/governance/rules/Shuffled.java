package eu.ospo.governance.rules;

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

/** Reorders every list of a governance model (order never matters). */
final class Shuffled {

    private Shuffled() {}

    static Governance of(Governance governance, Random random) {
        Community community = governance.community();
        return new Governance(
                governance.governanceYmlVersion(),
                new Community(
                        community.name(),
                        community.uri(),
                        community.description(),
                        community.charter(),
                        community.lastReviewed(),
                        shuffle(community.exemptions(), random)),
                shuffle(
                        governance.organisations().stream()
                                .map(o -> organisation(o, random))
                                .toList(),
                        random),
                shuffle(governance.projects(), random),
                shuffle(
                        governance.agreements().stream()
                                .map(a -> agreement(a, random))
                                .toList(),
                        random),
                governance.communityTime().map(p -> policy(p, random)),
                governance
                        .decisionMaking()
                        .map(d -> new DecisionMaking(
                                shuffle(
                                        d.bodies().stream()
                                                .map(b -> body(b, random))
                                                .toList(),
                                        random),
                                d.governanceChange())),
                shuffle(
                        governance.contacts().stream()
                                .map(c -> contact(c, random))
                                .toList(),
                        random));
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

    private static CommunityTimePolicy policy(CommunityTimePolicy p, Random random) {
        return new CommunityTimePolicy(
                p.percentage(),
                p.scope(),
                p.period(),
                shuffle(p.appliesToRoles(), random),
                shuffle(p.reports(), random));
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

    private static DecisionBody body(DecisionBody b, Random random) {
        return new DecisionBody(
                b.id(),
                b.name(),
                b.purpose(),
                shuffle(b.seats(), random),
                b.maxSeatsPerOrganisation(),
                b.quorum(),
                b.votingRule(),
                b.votingPeriodDays(),
                b.termMonths());
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
