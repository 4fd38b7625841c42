package eu.ospo.governance.internal.rules;

import java.util.List;

/** The rules ospo ships, in the order of the research note's §4.5 table (then META-EXEMPTION-EXPIRED). */
public final class DefaultRules {

    private static final List<RuleDefinition> ALL = List.of(
            new ContractorsPresence(),
            new ContactsPresence(),
            new ContractorExpired(),
            new StatusConsistent(),
            new ProjectLinked(),
            new CommunityBacked(),
            new ContractBacked(),
            new InternalBacked(),
            new NoneContradicted(),
            new OrganisationsResolve(),
            new OrganisationIdentifiers(),
            new MembershipInterval(),
            new AgreementWellFormed(),
            new AgreementExpiring(),
            new NoticePassed(),
            new CoverageGap(),
            new MinimumCapacity(),
            new SecurityResponse(),
            new ReviewSla(),
            new ElephantFactor(),
            new OrganisationCount(),
            new BusFactor(),
            new DecisionBodyValid(),
            new VendorNeutrality(),
            new CommunityTimeBelowPolicy(),
            new StaleReview(),
            new ExemptionExpired());

    private DefaultRules() {}

    /**
     * Every default rule, in catalogue order. Rules are stateless and shared.
     *
     * @return the rules
     */
    public static List<RuleDefinition> all() {
        return ALL;
    }
}
