package eu.ospo.governance.internal.rules;

/** The public URLs of the criteria the rules come from. */
final class Anchors {

    private Anchors() {}

    private static final String PUBLICCODE = "https://yml.publiccode.tools/schema.core.html";

    /** publiccode.yml: {@code maintenance/contractors}, mandatory exactly for contract maintenance. */
    static final String PC_CONTRACTORS = PUBLICCODE + "#key-maintenance-contractors";
    /** publiccode.yml: {@code maintenance/contacts}, mandatory for internal and community maintenance. */
    static final String PC_CONTACTS = PUBLICCODE + "#key-maintenance-contacts";
    /** publiccode.yml: the Contractor object and its {@code until} date. */
    static final String PC_CONTRACTOR = PUBLICCODE + "#contractor";
    /** publiccode.yml: {@code developmentStatus}. */
    static final String PC_DEVELOPMENT_STATUS = PUBLICCODE + "#key-developmentstatus";
    /** publiccode.yml: {@code maintenance/type}. */
    static final String PC_MAINTENANCE_TYPE = PUBLICCODE + "#key-maintenance-type";
    /** publiccode.yml: {@code fundedBy} (a list of Organisations). */
    static final String PC_FUNDED_BY = PUBLICCODE + "#key-fundedby";

    /** Standard for Public Code, "Welcome contributors": committed engagement of organisations, and for how long. */
    static final String SFPC_WELCOME_CONTRIBUTORS =
            "https://standard.publiccode.net/criteria/open-to-contributions.html";
    /**
     * Standard for Public Code, "Bundle policy and source code": policy and the code that carries it
     * out are made together, which takes coders inside the teams that own the policy.
     */
    static final String SFPC_BUNDLE_POLICY =
            "https://standard.publiccode.net/criteria/bundle-policy-and-source-code.html";
    /** Standard for Public Code, "Make contributing easy": a contact for security issues. */
    static final String SFPC_CONTRIBUTING_EASY = "https://standard.publiccode.net/criteria/make-contributing-easy.html";
    /** Standard for Public Code, "Require review of contributions": reviews within two business days. */
    static final String SFPC_REVIEW = "https://standard.publiccode.net/criteria/require-review-of-contributions.html";

    /** OpenSSF Best Practices (gold): contributors from several organisations. */
    static final String BP_CONTRIBUTORS_UNASSOCIATED =
            "https://www.bestpractices.dev/en/criteria/2#2.contributors_unassociated";
    /** OpenSSF Best Practices (silver): documented governance. */
    static final String BP_GOVERNANCE = "https://www.bestpractices.dev/en/criteria/1#1.governance";

    /** OpenSSF Scorecard: Contributors check (full score with contributors from 3 organisations). */
    static final String SCORECARD_CONTRIBUTORS =
            "https://github.com/ossf/scorecard/blob/main/docs/checks.md#contributors";

    /** CHAOSS metric: Elephant Factor. */
    static final String CHAOSS_ELEPHANT_FACTOR = "https://chaoss.community/kb/metric-elephant-factor/";
    /** CHAOSS metric: Contributor Absence Factor (formerly Bus Factor). */
    static final String CHAOSS_CONTRIBUTOR_ABSENCE_FACTOR =
            "https://chaoss.community/kb/metric-contributor-absence-factor/";

    /** CHAOSS metric: Inactive Contributors (contributors who stopped contributing in a period). */
    static final String CHAOSS_INACTIVE_CONTRIBUTORS = "https://chaoss.community/kb/metric-inactive-contributors/";

    /**
     * OSOR, "Guidelines for sustainable open source communities in the public sector": embed the
     * community in the administration, keep it active and plan for long-term sustainability.
     */
    static final String OSOR_SUSTAINABLE_COMMUNITIES =
            "https://joinup.ec.europa.eu/collection/open-source-observatory-osor/guidelines-sustainable-open-source-communities-public-sector-online";

    /** TODO Group, "OSPO Definition": the office that sets open source policy, practices and tooling. */
    static final String TODO_OSPO_DEFINITION = "https://ospoglossary.todogroup.org/ospo-definition/";

    /** CNCF: what it means to be a vendor-neutral project. */
    static final String CNCF_VENDOR_NEUTRALITY = "https://contribute.cncf.io/maintainers/community/vendor-neutrality/";
    /** CLOMonitor: check exemptions with a mandatory reason. */
    static final String CLOMONITOR_EXEMPTIONS =
            "https://github.com/cncf/clomonitor/blob/main/docs/checks.md#exemptions";
    /** OpenSSF Security Insights: a last-reviewed date for project metadata. */
    static final String SECURITY_INSIGHTS = "https://github.com/ossf/security-insights-spec";

    /** publiccode.yml: {@code legal/license}, an SPDX expression. */
    static final String PC_LICENSE = PUBLICCODE + "#key-legal-license";
    /** publiccode.yml: the Contact object (a real person, reachable directly). */
    static final String PC_CONTACT = PUBLICCODE + "#contact";
    /** publiccode.yml: the standard itself (the file exists and is valid). */
    static final String PC_STANDARD = PUBLICCODE;

    private static final String CLOMONITOR_CHECKS = "https://github.com/cncf/clomonitor/blob/main/docs/checks.md";
    /** CLOMonitor: a CONTRIBUTING file. */
    static final String CLOMONITOR_CONTRIBUTING = CLOMONITOR_CHECKS + "#contributing";
    /** CLOMonitor: a code of conduct. */
    static final String CLOMONITOR_CODE_OF_CONDUCT = CLOMONITOR_CHECKS + "#code-of-conduct";
    /** CLOMonitor: a maintainers file. */
    static final String CLOMONITOR_MAINTAINERS = CLOMONITOR_CHECKS + "#maintainers";
    /** CLOMonitor: a changelog. */
    static final String CLOMONITOR_CHANGELOG = CLOMONITOR_CHECKS + "#changelog";
    /** CLOMonitor: an approved licence. */
    static final String CLOMONITOR_APPROVED_LICENSE = CLOMONITOR_CHECKS + "#approved-license";
    /** CLOMonitor: a Security Insights file. */
    static final String CLOMONITOR_SECURITY_INSIGHTS = CLOMONITOR_CHECKS + "#security-insights";

    /** OpenSSF Scorecard: Security-Policy check (contact links, disclosure text, time frames). */
    static final String SCORECARD_SECURITY_POLICY =
            "https://github.com/ossf/scorecard/blob/main/docs/checks.md#security-policy";
    /** OpenSSF Best Practices (silver): a code of conduct. */
    static final String BP_CODE_OF_CONDUCT = "https://www.bestpractices.dev/en/criteria/1#1.code_of_conduct";

    private static final String GITHUB_CODE_OWNERS = "https://docs.github.com/en/repositories/"
            + "managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners";
    /** GitHub docs: CODEOWNERS syntax. */
    static final String GITHUB_CODEOWNERS_SYNTAX = GITHUB_CODE_OWNERS + "#codeowners-syntax";
    /** GitHub docs: CODEOWNERS file location (and the advice to give the file an owner). */
    static final String GITHUB_CODEOWNERS_LOCATION = GITHUB_CODE_OWNERS + "#codeowners-file-location";
    /** GitHub docs: about code owners (who reviews which paths). */
    static final String GITHUB_CODEOWNERS = GITHUB_CODE_OWNERS;
}
