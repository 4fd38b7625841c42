package eu.ospo.governance.internal.rules;

import java.util.List;

/**
 * The rules ospo ships, in the order reports list them: the rules over governance.yml and
 * publiccode.yml, then those over the repository's own files (FILE-*, CO-*), CONTACT-MAILBOX-OWNER, and
 * META-EXEMPTION-EXPIRED last.
 */
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
            new CommunityTimeCoverage(),
            new TeamCoderEmbedded(),
            new TeamTenure(),
            new TeamTurnover(),
            new OspoPresent(),
            new OspoRulesetUsed(),
            new StaleReview(),
            new FileLicense(),
            new FileLicenseMatches(),
            new FileContributing(),
            new FileGovernance(),
            new FileCodeOfConduct(),
            new FileSecurity(),
            new FileSecurityDisclosure(),
            new FileSecurityContact(),
            new FileSecurityInsights(),
            new FileMaintainers(),
            new FilePubliccode(),
            new FileReleaseNotes(),
            new CodeOwnersSyntax(),
            new CodeOwnersCoverage(),
            new CodeOwnersSelfOwned(),
            new CodeOwnersDeclared(),
            new MaintainersListed(),
            new OwnerDiversity(),
            new MailboxOwner(),
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
