package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.ospo.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MAINTAINERS in its common shapes, read through RepositoryFiles. */
class MaintainersTest {

    @TempDir
    Path repository;

    @Test
    void markdownTableWithEmeritusSection() throws IOException {
        RepositoryFile<Maintainers> file = read(String.join(
                "\n",
                "# Maintainers",
                "",
                "People listed here bind their organisation.",
                "",
                "| Name | GitHub | Affiliation | E-mail |",
                "| ---- | :----: | ----------- | ------ |",
                "| Jan van den Berg | [@jvdberg](https://github.com/jvdberg) | Gemeente Utrecht | jan@utrecht.example |",
                "| Maria Rossi | mrossi | Roma Capitale | |",
                "| Broken row | only two |",
                "",
                "## Emeritus maintainers",
                "",
                "| Name | GitHub | Affiliation | E-mail |",
                "|---|---|---|---|",
                "| Old Timer | @oldtimer | ACME | |"));
        Maintainers maintainers = file.model().orElseThrow();
        assertThat(maintainers.shape()).isEqualTo(Maintainers.Shape.TABLE);
        assertThat(maintainers.people())
                .extracting(
                        Maintainer::line,
                        Maintainer::name,
                        Maintainer::handle,
                        Maintainer::affiliation,
                        Maintainer::emeritus)
                .containsExactly(
                        tuple(7, "Jan van den Berg", Optional.of("jvdberg"), Optional.of("Gemeente Utrecht"), false),
                        tuple(8, "Maria Rossi", Optional.of("mrossi"), Optional.of("Roma Capitale"), false),
                        tuple(9, "Broken row", Optional.empty(), Optional.empty(), false),
                        tuple(15, "Old Timer", Optional.of("oldtimer"), Optional.of("ACME"), true));
        assertThat(maintainers.people().get(0).email()).contains("jan@utrecht.example");
        assertThat(file.problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple("maintainers.table-columns", 9));
        assertThat(maintainers.active()).hasSize(3);
    }

    @Test
    void bulletListsInTheirUsualForms() throws IOException {
        RepositoryFile<Maintainers> file = read(String.join(
                "\n",
                "Maintainers",
                "===========",
                "",
                "- Jan van den Berg (@jvdberg), Gemeente Utrecht",
                "* Maria Rossi <maria.rossi@roma.example> (@mrossi) - Roma Capitale",
                "- [Anna Schmidt](https://github.com/aschmidt) - Stadt Berlin",
                "- [@handleonly](https://github.com/handleonly)",
                "- see the list above",
                "- ...",
                "",
                "Former maintainers",
                "------------------",
                "- Old Timer (@oldtimer)",
                "- Old Timer again (@OldTimer)"));
        Maintainers maintainers = file.model().orElseThrow();
        assertThat(maintainers.shape()).isEqualTo(Maintainers.Shape.LIST);
        assertThat(maintainers.people())
                .extracting(
                        Maintainer::name,
                        Maintainer::handle,
                        Maintainer::email,
                        Maintainer::affiliation,
                        Maintainer::emeritus)
                .containsExactly(
                        tuple(
                                "Jan van den Berg",
                                Optional.of("jvdberg"),
                                Optional.empty(),
                                Optional.of("Gemeente Utrecht"),
                                false),
                        tuple(
                                "Maria Rossi",
                                Optional.of("mrossi"),
                                Optional.of("maria.rossi@roma.example"),
                                Optional.of("Roma Capitale"),
                                false),
                        tuple(
                                "Anna Schmidt",
                                Optional.of("aschmidt"),
                                Optional.empty(),
                                Optional.of("Stadt Berlin"),
                                false),
                        tuple("", Optional.of("handleonly"), Optional.empty(), Optional.empty(), false),
                        tuple("see the list above", Optional.empty(), Optional.empty(), Optional.empty(), false),
                        tuple("Old Timer", Optional.of("oldtimer"), Optional.empty(), Optional.empty(), true),
                        tuple("Old Timer again", Optional.of("OldTimer"), Optional.empty(), Optional.empty(), true));
        assertThat(file.problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple("maintainers.unreadable-line", 9), tuple("maintainers.duplicate-handle", 14));
    }

    @Test
    void kernelStyleTaggedBlocks() throws IOException {
        RepositoryFile<Maintainers> file = read(String.join(
                "\n",
                "PERMITS CORE",
                "M:\tJan van den Berg <jan@utrecht.example>",
                "R:\tMaria Rossi <maria@roma.example>",
                "L:\tlist@example.org",
                "S:\tSupported",
                "F:\tsrc/core/",
                "",
                "PERMITS UI",
                "M:\tAnna Schmidt <anna@berlin.example>",
                "S:\tMaintained"));
        assertThat(file.model().orElseThrow().shape()).isEqualTo(Maintainers.Shape.TAGGED);
        assertThat(file.model().orElseThrow().people())
                .extracting(Maintainer::name, Maintainer::email)
                .containsExactly(
                        tuple("Jan van den Berg", Optional.of("jan@utrecht.example")),
                        tuple("Maria Rossi", Optional.of("maria@roma.example")),
                        tuple("Anna Schmidt", Optional.of("anna@berlin.example")));
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void plainLinesAndNothingReadable() throws IOException {
        RepositoryFile<Maintainers> plain =
                read("Jan van den Berg <jan@utrecht.example> (@jvdberg)\nMaria Rossi <maria@roma.example>\n");
        assertThat(plain.model().orElseThrow().shape()).isEqualTo(Maintainers.Shape.LINES);
        assertThat(plain.model().orElseThrow().people())
                .extracting(Maintainer::handle)
                .containsExactly(Optional.of("jvdberg"), Optional.empty());
        RepositoryFile<Maintainers> prose = read("This project is maintained by the community.\n");
        assertThat(prose.model().orElseThrow().shape()).isEqualTo(Maintainers.Shape.UNKNOWN);
        assertThat(prose.problems()).extracting(Problem::code).containsExactly("maintainers.empty");
    }

    private RepositoryFile<Maintainers> read(String text) throws IOException {
        Files.writeString(repository.resolve("MAINTAINERS.md"), text);
        return RepositoryFiles.read(repository).maintainers().orElseThrow();
    }
}
