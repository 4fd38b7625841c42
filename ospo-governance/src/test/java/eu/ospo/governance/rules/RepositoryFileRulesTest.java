package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Findings.list;
import static eu.ospo.governance.rules.Findings.single;
import static eu.ospo.governance.rules.Findings.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Governance;
import eu.ospo.problem.Location;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FILE-*, CO-* and CONTACT-MAILBOX-OWNER rules over the worked example and repository folders. */
class RepositoryFileRulesTest {

    private static final List<String> FILE_RULES = List.of(
            "FILE-LICENSE",
            "FILE-LICENSE-MATCHES",
            "FILE-CONTRIBUTING",
            "FILE-GOVERNANCE",
            "FILE-COC",
            "FILE-SECURITY",
            "FILE-SECURITY-DISCLOSURE",
            "FILE-SECURITY-CONTACT",
            "FILE-MAINTAINERS",
            "FILE-PUBLICCODE",
            "FILE-RELEASE-NOTES",
            "CO-SYNTAX",
            "CO-COVERAGE",
            "CO-SELF-OWNED",
            "CO-OWNERS-DECLARED",
            "CO-MAINTAINERS-LISTED",
            "CO-OWNER-DIVERSITY");

    @TempDir
    Path repository;

    private void write(String path, String... lines) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void wellKeptRepository() throws IOException {
        write(".gitlab-ci.yml", "stages: [test]");
        write("LICENSE", "EUROPEAN UNION PUBLIC LICENCE v. 1.2", "EUPL (c) the European Union 2007, 2016");
        write("CONTRIBUTING.md", "# Contributing", "Open a merge request.");
        write("GOVERNANCE.md", "# Governance", "## Roles", "## Decision making");
        write(
                "CODE_OF_CONDUCT.md",
                "# Code of conduct",
                "Adapted from the Contributor Covenant, version 2.1.",
                "Report to conduct@meldingen.example.");
        write(
                "SECURITY.md",
                "# Security",
                "Report vulnerabilities to j.vandenberg@utrecht.example.",
                "We answer within 2 days and coordinate disclosure.");
        write(
                "MAINTAINERS.md",
                "| Name | GitLab | Affiliation |",
                "| --- | --- | --- |",
                "| Jan van den Berg | @jvdberg | Gemeente Utrecht |",
                "| Maria Rossi | @mrossi | Roma Capitale |");
        write("CODEOWNERS", "* @jvdberg @mrossi");
        write("publiccode.yml", "publiccodeYmlVersion: \"0\"");
        write("governance.yml", "governanceYmlVersion: \"0.1\"");
        write("CHANGELOG.md", "# 1.0.0");
        write("src/Main.java", "class Main {}");
    }

    private Evaluation evaluate(Governance governance) throws IOException {
        RuleContext context = RuleContext.of(governance, Optional.of(WorkedExample.publicCode()), WorkedExample.DATE)
                .withRepositoryFiles(RepositoryFiles.read(repository));
        return GovernanceRules.defaults().evaluate(context);
    }

    @Test
    void aWellKeptRepositoryPassesEveryFileRule() throws IOException {
        wellKeptRepository();
        Evaluation evaluation = evaluate(WorkedExample.governance());
        for (String rule : FILE_RULES) {
            assertThat(statuses(evaluation, rule))
                    .as(rule + ": " + Findings.of(evaluation, rule))
                    .containsOnly(Status.PASS);
        }
        assertThat(statuses(evaluation, "FILE-SECURITY-INSIGHTS")).containsExactly(Status.NOT_APPLICABLE);
        assertThat(statuses(evaluation, "CONTACT-MAILBOX-OWNER")).containsExactly(Status.NOT_APPLICABLE);
        Finding coverage = single(evaluation, "CO-COVERAGE");
        assertThat(coverage.evidence().get("pathsChecked")).isEqualTo(12);
        Finding licence = single(evaluation, "FILE-LICENSE");
        assertThat(licence.locations()).containsExactly(new Location("LICENSE", "", 1, 1));
        assertThat(single(evaluation, "FILE-COC").evidence().get("knownCode")).isEqualTo("Contributor Covenant 2.1");
    }

    @Test
    void aRepositoryThatContradictsGovernanceYml() throws IOException {
        wellKeptRepository();
        write(
                "LICENSE",
                "MIT License",
                "",
                "Permission is hereby granted, free of charge, to any person",
                "The above copyright notice and this permission notice shall be included in all copies");
        write("CODEOWNERS", "* @jvdberg", "/docs/ @stranger", "/src/ @mrossi @jvdberg", "/CODEOWNERS");
        write("MAINTAINERS.md", "- Jan van den Berg (@jvdberg), Gemeente Utrecht", "- Sam Stranger (@stranger), ACME");
        write("SECURITY.md", "# Security", "Mail security@elsewhere.example.");
        write("docs/index.md", "# Docs");
        Files.delete(repository.resolve("CONTRIBUTING.md"));
        Evaluation evaluation = evaluate(WorkedExample.governance());

        Finding license = single(evaluation, "FILE-LICENSE-MATCHES");
        assertThat(license.status()).isEqualTo(Status.FAIL);
        assertThat(license.evidence().get("missingFromFiles")).isEqualTo(List.of("EUPL-1.2"));
        assertThat(license.evidence().get("notInLegalLicense")).isEqualTo(List.of("MIT"));
        assertThat(single(evaluation, "FILE-LICENSE").status()).isEqualTo(Status.PASS);
        assertThat(single(evaluation, "FILE-CONTRIBUTING").status()).isEqualTo(Status.FAIL);
        assertThat(single(evaluation, "FILE-SECURITY-DISCLOSURE").status()).isEqualTo(Status.FAIL);

        Finding contact = single(evaluation, "FILE-SECURITY-CONTACT");
        assertThat(contact.status()).isEqualTo(Status.FAIL);
        assertThat(contact.locations()).containsExactly(new Location("SECURITY.md", "", 2, 6));

        Finding selfOwned = single(evaluation, "CO-SELF-OWNED");
        assertThat(selfOwned.status()).isEqualTo(Status.FAIL);
        assertThat(list(selfOwned.evidence().get("unowned"))).containsExactly("CODEOWNERS");

        List<Finding> declared = Findings.of(evaluation, "CO-OWNERS-DECLARED");
        assertThat(declared)
                .extracting(
                        f -> f.locations().isEmpty() ? "" : f.locations().get(0).file())
                .containsExactly("CODEOWNERS", "MAINTAINERS.md");
        assertThat(declared).extracting(Finding::status).containsOnly(Status.FAIL);
        assertThat(declared.get(0).evidence().get("undeclared")).isEqualTo(List.of("@stranger"));
        assertThat(declared.get(0).locations()).containsExactly(new Location("CODEOWNERS", "", 2, 1));
        assertThat(declared.get(1).locations()).containsExactly(new Location("MAINTAINERS.md", "", 2, 1));

        Finding listed = single(evaluation, "CO-MAINTAINERS-LISTED");
        assertThat(listed.status()).isEqualTo(Status.FAIL);
        assertThat(listed.evidence().get("notUnderAgreement"))
                .isEqualTo(List.of("@stranger", "Sam Stranger (@stranger)"));
        assertThat(listed.evidence().get("missingFromFiles")).isEqualTo(List.of());

        Finding diversity = single(evaluation, "CO-OWNER-DIVERSITY");
        assertThat(diversity.status()).isEqualTo(Status.PASS);
        assertThat(Findings.map(diversity.evidence().get("ownedAlonePercent"))).containsOnlyKeys("utrecht");
        assertThat(evaluation.passed()).isFalse();
    }

    @Test
    void oneOrganisationOwningEveryPathFailsDiversityWithItsShare() throws IOException {
        wellKeptRepository();
        write("CODEOWNERS", "* @jvdberg", "/src/ @mrossi");
        Evaluation evaluation = evaluate(WorkedExample.governance());
        Finding diversity = single(evaluation, "CO-OWNER-DIVERSITY");
        assertThat(diversity.status()).isEqualTo(Status.PASS);
        assertThat(Findings.map(diversity.evidence().get("ownedAlonePercent")))
                .containsExactly(
                        Map.entry("roma", new java.math.BigDecimal("8.3")),
                        Map.entry("utrecht", new java.math.BigDecimal("91.7")));
        write("CODEOWNERS", "* @jvdberg");
        Finding alone = single(evaluate(WorkedExample.governance()), "CO-OWNER-DIVERSITY");
        assertThat(alone.status()).isEqualTo(Status.FAIL);
        assertThat(alone.message()).startsWith("utrecht alone owns 12 of the 12 owned paths");
    }

    @Test
    void unownedFilesAreCounted() throws IOException {
        wellKeptRepository();
        write("CODEOWNERS", "/src/ @jvdberg", "*.md @mrossi");
        Finding coverage = single(evaluate(WorkedExample.governance()), "CO-COVERAGE");
        assertThat(coverage.status()).isEqualTo(Status.FAIL);
        assertThat(coverage.evidence().get("unownedPaths")).isEqualTo(5);
        assertThat(list(coverage.evidence().get("examples")))
                .containsExactly(".gitlab-ci.yml", "CODEOWNERS", "LICENSE", "governance.yml", "publiccode.yml");
    }

    @Test
    void aYoungProjectIsNotYetHeldToTheFilesOfAMatureOne() throws IOException {
        write("LICENSE", "European Union Public Licence v. 1.2", "EUPL (c) the European Union 2007, 2016");
        write("publiccode.yml", "publiccodeYmlVersion: \"0\"");
        Governance governance = WorkedExample.governance();
        Map<String, Status> atConcept = presence(evaluate(governance, DevelopmentStatus.CONCEPT, Ruleset.defaults()));
        Map<String, Status> atDevelopment =
                presence(evaluate(governance, DevelopmentStatus.DEVELOPMENT, Ruleset.defaults()));
        Map<String, Status> atBeta = presence(evaluate(governance, DevelopmentStatus.BETA, Ruleset.defaults()));
        Map<String, Status> obsolete = presence(evaluate(governance, DevelopmentStatus.OBSOLETE, Ruleset.defaults()));

        // required from development on
        assertThat(atConcept).containsEntry("FILE-CONTRIBUTING", Status.NOT_APPLICABLE);
        assertThat(atDevelopment).containsEntry("FILE-CONTRIBUTING", Status.FAIL);
        // required from beta on
        for (String rule : List.of("FILE-SECURITY", "FILE-COC", "FILE-RELEASE-NOTES")) {
            assertThat(atDevelopment).as(rule).containsEntry(rule, Status.NOT_APPLICABLE);
            assertThat(atBeta).as(rule).containsEntry(rule, Status.FAIL);
            assertThat(obsolete).as(rule).containsEntry(rule, Status.FAIL);
        }
        // the licence is required from the first day, and it is there
        assertThat(atConcept).containsEntry("FILE-LICENSE", Status.PASS);

        Finding waived = Findings.of(
                        evaluate(governance, DevelopmentStatus.DEVELOPMENT, Ruleset.defaults()), "FILE-SECURITY")
                .get(0);
        assertThat(waived.message())
                .isEqualTo("the repository has no SECURITY.md (looked in .github/, the root, docs/); not required"
                        + " before beta (publiccode.yml: developmentStatus development)");

        Ruleset strict = Ruleset.parse("""
                        rulesetVersion: "0.1"
                        rules:
                          FILE-SECURITY: { parameters: { requiredFrom: concept } }
                        """).ruleset().orElseThrow();
        assertThat(presence(evaluate(governance, DevelopmentStatus.CONCEPT, strict)))
                .containsEntry("FILE-SECURITY", Status.FAIL)
                .containsEntry("FILE-COC", Status.NOT_APPLICABLE);
    }

    @Test
    void requiredFromTakesAStatusShortOfObsolete() {
        for (String value : List.of("obsolete", "alpha", "Beta", "")) {
            RulesetResult result = Ruleset.parse("rulesetVersion: \"0.1\"\nrules:\n  FILE-COC: { parameters: {"
                    + " requiredFrom: \"" + value + "\" } }\n");
            assertThat(result.ruleset()).as(value).isEmpty();
            assertThat(result.problems())
                    .as(value)
                    .anySatisfy(problem ->
                            assertThat(problem.message()).contains("one of concept, development, beta, stable"));
        }
    }

    private Evaluation evaluate(Governance governance, DevelopmentStatus status, Ruleset ruleset) throws IOException {
        RuleContext context = RuleContext.of(
                        governance,
                        Optional.of(WorkedExample.publicCode().withDevelopmentStatus(status)),
                        WorkedExample.DATE)
                .withRepositoryFiles(RepositoryFiles.read(repository));
        return GovernanceRules.builder().ruleset(ruleset).build().evaluate(context);
    }

    private static Map<String, Status> presence(Evaluation evaluation) {
        Map<String, Status> statuses = new java.util.TreeMap<>();
        for (String rule :
                List.of("FILE-LICENSE", "FILE-CONTRIBUTING", "FILE-SECURITY", "FILE-COC", "FILE-RELEASE-NOTES")) {
            statuses.put(rule, single(evaluation, rule).status());
        }
        return statuses;
    }

    @Test
    void withoutRepositoryFilesTheFileRulesDoNotApply() {
        Evaluation evaluation = GovernanceRules.defaults().evaluate(WorkedExample.context(WorkedExample.DATE));
        for (String rule : FILE_RULES) {
            assertThat(statuses(evaluation, rule)).as(rule).containsExactly(Status.NOT_APPLICABLE);
        }
    }

    @Test
    void roleMailboxesNeedAPersonAsOwner() {
        List<Contact> contacts = new ArrayList<>(WorkedExample.governance().contacts());
        contacts.add(mailbox("security-desk", Optional.of("jvdberg")));
        contacts.add(mailbox("helpdesk", Optional.empty()));
        contacts.add(mailbox("relay", Optional.of("security-desk")));
        Governance governance = WorkedExample.governance().withContacts(contacts);
        Evaluation evaluation =
                GovernanceRules.defaults().evaluate(RuleContext.of(governance, Optional.empty(), WorkedExample.DATE));
        assertThat(Findings.of(evaluation, "CONTACT-MAILBOX-OWNER"))
                .extracting(Finding::status, f -> f.evidence().get("mailbox"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Status.FAIL, "helpdesk"),
                        org.assertj.core.groups.Tuple.tuple(Status.FAIL, "relay"),
                        org.assertj.core.groups.Tuple.tuple(Status.PASS, "security-desk"));
    }

    private static Contact mailbox(String id, Optional<String> owner) {
        return new Contact(
                id,
                id,
                "utrecht",
                Optional.of(id + "@utrecht.example"),
                Optional.empty(),
                Map.of(),
                List.of(ContactRole.SECURITY_CONTACT),
                true,
                owner);
    }
}
