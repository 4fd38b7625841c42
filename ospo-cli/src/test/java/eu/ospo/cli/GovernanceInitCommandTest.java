package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Governance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ospo governance init}: a draft that parses, from what the repository says, never overwriting. */
class GovernanceInitCommandTest {

    @TempDir
    Path folder;

    @Test
    void draftsFromTheExampleRepositoryAndTheDraftParses() throws IOException {
        Cli.Run run = Cli.runOn(
                Examples.DOCS_DATE,
                "governance",
                "init",
                "--from",
                Examples.SHARED_PERMITS.toString(),
                "--output",
                "-");
        assertThat(run.exit()).as(run.err()).isZero();
        GovernanceResult parsed = GovernanceParser.builder().build().parse(run.out());
        assertThat(parsed.errors()).isEmpty();
        Governance draft = parsed.governance().orElseThrow();
        assertThat(draft.community().lastReviewed()).isEqualTo(Examples.DOCS_DATE);
        assertThat(draft.projects()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Shared Permits");
            assertThat(p.repository()).isEqualTo("https://git.example-municipality.eu/permits/shared-permits");
        });
        assertThat(draft.organisations())
                .extracting(o -> o.name())
                .contains("Comune di Esempio", "Esempio Software S.r.l.", "Comune di Collina Esempio");
        assertThat(draft.contacts())
                .filteredOn(c -> c.forgeHandles().equals(Map.of("gitlab", "lbianchi")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Luca Bianchi");
                    assertThat(c.hasRole(ContactRole.MAINTAINER)).isTrue();
                });
        assertThat(draft.contacts()).anySatisfy(c -> {
            assertThat(c.email()).contains("l.bianchi@esempio-software.example");
            assertThat(c.hasRole(ContactRole.SECURITY_CONTACT)).isTrue();
        });
        assertThat(draft.contacts()).extracting(Contact::name).contains("Marco Conti", "Ufficio Sistemi Informativi");
        assertThat(run.out())
                .contains("# TODO: agreements")
                .contains("from publiccode.yml, MAINTAINERS.md, .gitlab/CODEOWNERS, SECURITY.md")
                .contains("maintenanceType: community");
    }

    @Test
    void aContractorOfPubliccodeYmlIsDraftedWithItsEndDate() {
        Path copy = Examples.copy(folder.resolve("contract"));
        Examples.edit(copy.resolve("publiccode.yml"), """
                  type: community
                  contacts:
                """, """
                  type: contract
                  contractors:
                    - name: Esempio Software S.r.l.
                      until: 2027-12-31
                      website: https://www.esempio-software.example
                  contacts:
                """);
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "governance", "init", "--from", copy.toString(), "--output", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("maintenanceType: contract")
                .contains("Esempio Software S.r.l. maintains under contract until 2027-12-31");
    }

    @Test
    void writesTheFileAndNeverOverwritesUnlessForced() throws IOException {
        Files.writeString(folder.resolve("CODEOWNERS"), "* @jan @piet\n");
        Files.writeString(folder.resolve("SECURITY.md"), "Report to security@city.example.\n");
        Cli.Run first = Cli.runOn(Examples.DOCS_DATE, "governance", "init", "--from", folder.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Path written = folder.resolve("governance.yml");
        assertThat(first.out()).contains("wrote " + written);
        String draft = Files.readString(written);
        GovernanceResult parsed = GovernanceParser.builder().build().parse(draft);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.governance().orElseThrow().contacts())
                .extracting(Contact::id)
                .containsExactly("jan", "piet", "security");
        assertThat(parsed.governance().orElseThrow().contacts().get(2).isRoleMailbox())
                .isTrue();

        Files.writeString(written, "keep me\n");
        Cli.Run second = Cli.runOn(Examples.DOCS_DATE, "governance", "init", "--from", folder.toString());
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(written)).isEqualTo("keep me\n");

        Cli.Run forced = Cli.runOn(Examples.DOCS_DATE, "governance", "init", "--from", folder.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(written)).isEqualTo(draft);
    }

    @Test
    void anEmptyFolderStillGivesAValidDraft() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "governance", "init", "--from", folder.toString(), "--output", "-");
        assertThat(run.exit()).isZero();
        GovernanceResult parsed = GovernanceParser.builder().build().parse(run.out());
        assertThat(parsed.errors()).isEmpty();
        assertThat(run.out()).contains("To be named");
    }

    @Test
    void aMissingFolderIsAnInputError() {
        Cli.Run run =
                Cli.run("governance", "init", "--from", folder.resolve("nope").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such directory");
    }
}
