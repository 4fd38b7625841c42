package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.files.CodeOwner;
import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.Forge;
import eu.ospo.governance.files.Ownership;
import eu.ospo.governance.files.RepositoryFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariant 20: CODEOWNERS last-match semantics, GitHub flavour (the last matching pattern wins). */
class CodeOwnersPropertiesTest {

    private static CodeOwners read(List<String> lines) {
        RepositoryFile<CodeOwners> file = CodeOwners.parse("CODEOWNERS", String.join("\n", lines), Forge.GITHUB);
        assertThat(file.errors()).as("generated lines are valid: %s", lines).isEmpty();
        return file.model().orElseThrow();
    }

    private static List<String> tokens(Ownership ownership) {
        return ownership.owners().stream().map(CodeOwner::token).toList();
    }

    @Test
    void aFinalCatchAllMakesEveryPathOwnedExactlyByItsOwner() {
        qt().forAll(CodeOwnersFiles.files(), CodeOwnersFiles.owners(), CodeOwnersFiles.pathLists())
                .checkAssert((lines, owner, paths) -> {
                    List<String> withCatchAll = new ArrayList<>(lines);
                    withCatchAll.add("* " + owner);
                    CodeOwners codeOwners = read(withCatchAll);
                    for (String path : paths) {
                        assertThat(tokens(codeOwners.ownersOf(path))).as(path).containsExactly(owner);
                    }
                });
    }

    @Test
    void commentsAndBlankLinesChangeNoOwnership() {
        Gen<Integer> positions =
                org.quicktheories.generators.SourceDSL.integers().between(0, 100);
        qt().forAll(CodeOwnersFiles.files(), CodeOwnersFiles.fillers(), positions, CodeOwnersFiles.pathLists())
                .checkAssert((lines, filler, position, paths) -> {
                    List<String> padded = new ArrayList<>(lines);
                    padded.add(position % (lines.size() + 1), filler);
                    CodeOwners before = read(lines);
                    CodeOwners after = read(padded);
                    for (String path : paths) {
                        assertThat(tokens(after.ownersOf(path))).as(path).isEqualTo(tokens(before.ownersOf(path)));
                        assertThat(after.ownersOf(path).isMatched())
                                .isEqualTo(before.ownersOf(path).isMatched());
                    }
                });
    }

    @Test
    void linesBeforeAFinalCatchAllChangeNothing() {
        qt().forAll(
                        CodeOwnersFiles.files(),
                        CodeOwnersFiles.ruleLines(),
                        CodeOwnersFiles.owners(),
                        CodeOwnersFiles.pathLists())
                .checkAssert((lines, inserted, owner, paths) -> {
                    List<String> withCatchAll = new ArrayList<>(lines);
                    withCatchAll.add("* " + owner);
                    List<String> withInsert = new ArrayList<>(lines);
                    withInsert.add(inserted);
                    withInsert.add("* " + owner);
                    CodeOwners before = read(withCatchAll);
                    CodeOwners after = read(withInsert);
                    for (String path : paths) {
                        assertThat(tokens(after.ownersOf(path))).isEqualTo(tokens(before.ownersOf(path)));
                    }
                });
    }

    @Test
    void aRuleWithoutOwnersMakesUnownedWhichIsNotUnmatched() {
        qt().forAll(CodeOwnersFiles.files(), CodeOwnersFiles.patterns(), CodeOwnersFiles.pathLists())
                .checkAssert((lines, pattern, paths) -> {
                    List<String> withEmpty = new ArrayList<>(lines);
                    withEmpty.add(pattern);
                    CodeOwners codeOwners = read(withEmpty);
                    CodeOwners alone = read(List.of(pattern));
                    for (String path : paths) {
                        Ownership ownership = codeOwners.ownersOf(path);
                        if (alone.ownersOf(path).isMatched()) {
                            assertThat(ownership.isUnowned())
                                    .as(path + " matched by " + pattern)
                                    .isTrue();
                            assertThat(ownership.isMatched()).isTrue();
                            assertThat(ownership.owners()).isEmpty();
                        } else {
                            assertThat(ownership).isEqualTo(read(lines).ownersOf(path));
                        }
                    }
                });
    }
}
