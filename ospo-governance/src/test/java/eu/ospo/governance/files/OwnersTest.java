package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.ospo.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubernetes-style OWNERS and OWNERS_ALIASES through the shared YAML layer. */
class OwnersTest {

    @TempDir
    Path repository;

    @Test
    void ownersInEveryFolderWithAliases() throws IOException {
        Files.writeString(
                repository.resolve("OWNERS"),
                String.join(
                        "\n",
                        "approvers:",
                        "  - jvdberg",
                        "  - permit-approvers",
                        "reviewers:",
                        "  - mrossi",
                        "emeritus_approvers:",
                        "  - oldtimer",
                        "labels:",
                        "  - area/permits"));
        Files.writeString(
                repository.resolve("OWNERS_ALIASES"), "aliases:\n  permit-approvers:\n    - aschmidt\n    - jvdberg\n");
        Files.createDirectories(repository.resolve("ui/web"));
        Files.writeString(
                repository.resolve("ui/web/OWNERS"),
                String.join(
                        "\n",
                        "options:",
                        "  no_parent_owners: true",
                        "filters:",
                        "  \".*\\\\.css$\":",
                        "    approvers: [designer]"));
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.owners()).extracting(RepositoryFile::path).containsExactly("OWNERS", "ui/web/OWNERS");
        Owners root = files.owners().get(0).model().orElseThrow();
        assertThat(root.directory()).isEmpty();
        assertThat(root.config().approvers()).containsExactly("jvdberg", "permit-approvers");
        assertThat(root.config().emeritusApprovers()).containsExactly("oldtimer");
        assertThat(root.activePeople()).containsExactly("jvdberg", "permit-approvers", "mrossi");
        OwnersAliases aliases = files.ownersAliases().orElseThrow().model().orElseThrow();
        assertThat(aliases.expand(root.activePeople())).containsExactly("jvdberg", "aschmidt", "mrossi");
        assertThat(aliases.usersOf("PERMIT-APPROVERS")).contains(List.of("aschmidt", "jvdberg"));
        Owners web = files.owners().get(1).model().orElseThrow();
        assertThat(web.directory()).isEqualTo("ui/web");
        assertThat(web.noParentOwners()).isTrue();
        assertThat(web.filters()).containsOnlyKeys(".*\\.css$");
        assertThat(files.all()).allSatisfy(f -> assertThat(f.problems()).isEmpty());
    }

    @Test
    void problemsWithPositions() throws IOException {
        Files.writeString(
                repository.resolve("OWNERS"),
                String.join(
                        "\n",
                        "approvers: [a, b]",
                        "emeritus_approvers: [B]",
                        "labels: [x]",
                        "filters:",
                        "  \"([\":",
                        "    approvers: [c]",
                        "colour: blue"));
        Files.writeString(repository.resolve("OWNERS_ALIASES"), "aliases:\n  team: [a]\n  TEAM: [b]\n");
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.owners().get(0).problems())
                .extracting(Problem::code, Problem::line)
                .containsExactlyInAnyOrder(
                        tuple("owners.emeritus-active", 2),
                        tuple("owners.regex-invalid", 5),
                        tuple("owners.filters-exclusive", 4),
                        tuple("field.unknown", 7));
        assertThat(files.ownersAliases().orElseThrow().problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple("owners.alias-duplicate", 3));
    }

    @Test
    void brokenYamlHasNoModelButAPositionedProblem() throws IOException {
        Files.writeString(repository.resolve("OWNERS"), "approvers: [a\n");
        RepositoryFile<Owners> file = RepositoryFiles.read(repository).owners().get(0);
        assertThat(file.model()).isEmpty();
        assertThat(file.errors()).extracting(Problem::code).containsExactly("yaml.syntax");
        assertThat(file.errors().get(0).line()).isPositive();
    }
}
