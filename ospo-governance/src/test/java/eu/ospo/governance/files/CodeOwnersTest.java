package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CODEOWNERS in both flavours: who owns which path, as the forges decide it, and what is invalid. */
class CodeOwnersTest {

    /** Our own file exercising the documented pattern forms; the later line wins. */
    private static final String GITHUB = String.join(
            "\n",
            "# default owners",
            "*                 @all-owners @second",
            "*.java            @java-team   # inline comments are fine on GitHub",
            "*.md              writers@example.org",
            "/build/reports/   @reporter",
            "guides/*          @guide-owner",
            "assets/           @designer",
            "/manual/          @manual-owner",
            "**/generated      @generator",
            "/tools/           @toolsmith",
            "/tools/vendored",
            "/CODEOWNERS       @ospo/governance",
            "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "README                               | @all-owners @second",
                "src/main/Main.java                   | @java-team",
                "deep/a/b/Notes.md                    | writers@example.org",
                "build/reports/index.html             | @reporter",
                "sub/build/reports/index.html         | @all-owners @second",
                "guides/start.txt                     | @guide-owner",
                "guides/advanced/topic.txt            | @all-owners @second",
                "assets/logo.svg                      | @designer",
                "web/assets/icons/a.svg               | @designer",
                "manual/index.txt                     | @manual-owner",
                "manual/part/one.txt                  | @manual-owner",
                "other/manual/x.txt                   | @all-owners @second",
                "generated/x.txt                      | @generator",
                "a/b/generated/c/d.txt                | @generator",
                "tools/build.sh                       | @toolsmith",
                "tools/vendored/lib.sh                | ''",
                "tools/vendored                       | ''",
                "CODEOWNERS                           | @ospo/governance",
                "/src/main/Main.java                  | @java-team",
                "./src/main/Main.java                 | @java-team",
                ".hidden                              | @all-owners @second",
            })
    void githubOwnersAreTheLastMatchingEntrys(String path, String expected) {
        CodeOwners codeOwners = parse(GITHUB, Forge.GITHUB);
        Ownership ownership = codeOwners.ownersOf(path);
        assertThat(ownership.owners().stream().map(CodeOwner::token).collect(Collectors.joining(" ")))
                .isEqualTo(expected);
        assertThat(ownership.isMatched()).isTrue();
    }

    @Test
    void aPatternWithoutOwnersLeavesPathsUnownedWhichIsNotUnmatched() {
        CodeOwners codeOwners = parse("/src/ @dev\n/src/gen\n", Forge.GITHUB);
        assertThat(codeOwners.ownersOf("src/gen/a.txt").isUnowned()).isTrue();
        assertThat(codeOwners.ownersOf("src/gen/a.txt").isMatched()).isTrue();
        assertThat(codeOwners.ownersOf("README").isMatched()).isFalse();
        assertThat(codeOwners.ownersOf("README").isUnowned()).isFalse();
        assertThat(codeOwners.ownersOf("src/a.txt").isOwned()).isTrue();
    }

    @Test
    void githubRejectsWhatItDoesNotSupportWithPositionsAndIgnoresTheLine() {
        RepositoryFile<CodeOwners> file = CodeOwners.parse(
                "CODEOWNERS",
                String.join(
                        "\n",
                        "* @a",
                        "!vendor/ @b",
                        "  [abc].txt @c",
                        "\\#notes @d",
                        "docs/ not-an-owner",
                        "/ @e",
                        "* @a"),
                Forge.GITHUB);
        assertThat(file.problems())
                .extracting(Problem::code, Problem::line, Problem::column, Problem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("codeowners.unsupported-syntax", 2, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("codeowners.unsupported-syntax", 3, 3, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("codeowners.unsupported-syntax", 4, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("codeowners.owner-malformed", 5, 7, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("codeowners.pattern-never-matches", 6, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("codeowners.duplicate-pattern", 7, 1, Severity.WARNING));
        CodeOwners model = file.model().orElseThrow();
        assertThat(model.entries()).extracting(CodeOwnersEntry::line).containsExactly(1, 7);
        assertThat(model.ownersOf("vendor/x").owners())
                .extracting(CodeOwner::token)
                .containsExactly("@a");
    }

    @Test
    void ownerForms() {
        CodeOwners model = parse("* @user @org/team-name jan@example.org @a_b-c\n", Forge.GITHUB);
        assertThat(model.entries().get(0).owners())
                .extracting(CodeOwner::kind)
                .containsExactly(CodeOwner.Kind.USER, CodeOwner.Kind.TEAM, CodeOwner.Kind.EMAIL, CodeOwner.Kind.USER);
        assertThat(model.entries().get(0).owners().get(0).user()).contains("user");
        assertThat(model.entries().get(0).owners().get(2).email()).contains("jan@example.org");
    }

    private static final String GITLAB = String.join(
            "\n",
            "* @general",
            "*.rb @ruby",
            "",
            "[Documentation][2] @docs-team",
            "docs/",
            "README.md @lead",
            "",
            "^[Database] @db-team",
            "db/",
            "!db/seeds.rb",
            "",
            "[documentation]",
            "manual/ @manual",
            "path\\ with\\ spaces/ @spaces",
            "[Config]",
            "/config/ @@maintainer @group/sub/subsub",
            "\\#hash.txt @hash",
            "notes/[a-c]*.txt @ranges",
            "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "lib/x.rb                 | @ruby",
                "docs/guide.md            | @general @docs-team",
                "README.md                | @general @lead",
                "db/schema.rb             | @ruby @db-team",
                "db/seeds.rb              | @ruby",
                "manual/a.txt             | @general @manual",
                "path with spaces/x       | @general @spaces",
                "config/app.yml           | @general @@maintainer @group/sub/subsub",
                "#hash.txt                | @general @hash",
                "notes/b-notes.txt        | @general @ranges",
                "notes/d-notes.txt        | @general",
            })
    void gitlabEverySectionContributesItsLastMatch(String path, String expected) {
        CodeOwners codeOwners = parse(GITLAB, Forge.GITLAB);
        assertThat(codeOwners.ownersOf(path).owners().stream()
                        .map(CodeOwner::token)
                        .collect(Collectors.joining(" ")))
                .isEqualTo(expected);
    }

    @Test
    void gitlabSectionsMergeWithoutCaseAndKeepTheirSettings() {
        RepositoryFile<CodeOwners> file = CodeOwners.parse("CODEOWNERS", GITLAB, Forge.GITLAB);
        assertThat(file.problems()).isEmpty();
        assertThat(file.model().orElseThrow().sections())
                .extracting(CodeOwnersSection::name, CodeOwnersSection::optional, CodeOwnersSection::approvals)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Documentation", false, 2),
                        org.assertj.core.groups.Tuple.tuple("Database", true, 1),
                        org.assertj.core.groups.Tuple.tuple("Config", false, 1));
        Ownership seeds = file.model().orElseThrow().ownersOf("db/seeds.rb");
        assertThat(seeds.matches())
                .anySatisfy(m -> assertThat(m.entry().exclusion()).isTrue());
    }

    @Test
    void gitlabErrors() {
        RepositoryFile<CodeOwners> file = CodeOwners.parse(
                "CODEOWNERS",
                String.join("\n", "*.js @js # a comment", "[]", "[Docs][0]", "[Open", "docs/", "!x @y"),
                Forge.GITLAB);
        assertThat(file.problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("codeowners.owner-malformed", 1),
                        org.assertj.core.groups.Tuple.tuple("codeowners.section-malformed", 2),
                        org.assertj.core.groups.Tuple.tuple("codeowners.approvals-invalid", 3),
                        org.assertj.core.groups.Tuple.tuple("codeowners.section-malformed", 4),
                        org.assertj.core.groups.Tuple.tuple("codeowners.no-owners", 5),
                        org.assertj.core.groups.Tuple.tuple("codeowners.exclusion-owners", 6));
        assertThat(file.problems().get(0).message()).contains("no inline comments");
    }

    @Test
    void theSameFileReadsDifferentlyOnEachForge() {
        String text = "*.js @js #comment\n";
        assertThat(CodeOwners.parse("CODEOWNERS", text, Forge.GITHUB).problems())
                .isEmpty();
        assertThat(CodeOwners.parse("CODEOWNERS", text, Forge.GITLAB).errors()).hasSize(1);
    }

    @Test
    void allOwnersListsEveryOwnerOnce() {
        assertThat(parse(GITLAB, Forge.GITLAB).allOwners())
                .extracting(CodeOwner::token)
                .startsWith("@docs-team", "@db-team")
                .doesNotHaveDuplicates()
                .contains("@general", "@ruby", "@hash");
    }

    @Test
    void starsDoNotCrossSlashesButDoubleStarsDo() {
        CodeOwners codeOwners = parse("/src/*.java @top\n/lib/**/*.java @deep\n", Forge.GITHUB);
        assertThat(codeOwners.ownersOf("src/A.java").isOwned()).isTrue();
        assertThat(codeOwners.ownersOf("src/x/A.java").isOwned()).isFalse();
        assertThat(codeOwners.ownersOf("lib/A.java").isOwned()).isTrue();
        assertThat(codeOwners.ownersOf("lib/x/y/A.java").isOwned()).isTrue();
        assertThat(codeOwners.ownersOf("SRC/A.java").isOwned())
                .as("paths are case-sensitive")
                .isFalse();
    }

    @Test
    void hostilePatternsStayLinear() {
        String pattern = "*a".repeat(2_000) + "b";
        CodeOwners codeOwners = parse(pattern + " @x\n", Forge.GITHUB);
        String path = "a".repeat(5_000);
        long start = System.nanoTime();
        assertThat(codeOwners.ownersOf(path).isMatched()).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(List.of(path)).isNotEmpty();
    }

    private static CodeOwners parse(String text, Forge forge) {
        RepositoryFile<CodeOwners> file = CodeOwners.parse("CODEOWNERS", text, forge);
        assertThat(file.errors()).as("errors in %s", text).isEmpty();
        return file.model().orElseThrow();
    }
}
