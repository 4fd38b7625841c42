package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real CODEOWNERS, OWNERS, OWNERS_ALIASES and MAINTAINERS files (test resources, see their
 * PROVENANCE.md): every file gets the verdict and reading of {@code expected.tsv}, no file is left
 * out, and nothing throws.
 */
class RepositoryCorpusTest {

    private static Path corpus() throws URISyntaxException {
        return Path.of(RepositoryCorpusTest.class
                        .getResource("/corpus/repository-files/PROVENANCE.md")
                        .toURI())
                .getParent();
    }

    @Test
    void everyRealFileGetsItsExpectedVerdict() throws IOException, URISyntaxException {
        Path corpus = corpus();
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> repositories = Files.list(corpus)) {
            for (Path repository :
                    repositories.filter(Files::isDirectory).sorted().toList()) {
                RepositoryFiles files = RepositoryFiles.read(repository);
                for (RepositoryFile<?> file : files.all()) {
                    actual.put(corpus.relativize(repository) + "/" + file.path(), describe(files, file));
                }
            }
        }
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> all = Files.walk(corpus)) {
            all.filter(Files::isRegularFile)
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/"))
                    .sorted()
                    .forEach(onDisk::add);
        }
        assertThat(actual.keySet()).as("every corpus file is read").containsExactlyElementsOf(onDisk);
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(corpus.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t", 2);
                expected.put(columns[0], columns[1]);
            }
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /** {@code verdict <TAB> forge <TAB> what was read <TAB> problem codes}. */
    private static String describe(RepositoryFiles files, RepositoryFile<?> file) {
        String read = file.model().map(RepositoryCorpusTest::summary).orElse("-");
        String codes =
                file.problems().stream().map(p -> p.code() + "@" + p.line()).collect(Collectors.joining(","));
        return file.verdict() + "\t" + files.forge().key() + "\t" + read + "\t" + (codes.isEmpty() ? "-" : codes);
    }

    private static String summary(Object model) {
        if (model instanceof CodeOwners codeOwners) {
            long users = codeOwners.allOwners().size();
            return codeOwners.entries().size() + " entries, " + users + " owners";
        }
        if (model instanceof Owners owners) {
            return owners.config().approvers().size() + " approvers, "
                    + owners.config().reviewers().size() + " reviewers";
        }
        if (model instanceof OwnersAliases aliases) {
            return aliases.aliases().size() + " aliases";
        }
        if (model instanceof Maintainers maintainers) {
            return maintainers.shape() + ", " + maintainers.active().size() + " active, "
                    + (maintainers.people().size() - maintainers.active().size()) + " emeritus, "
                    + maintainers.people().stream()
                            .filter(m -> m.handle().isPresent())
                            .count() + " handles, "
                    + maintainers.people().stream()
                            .filter(m -> m.affiliation().isPresent())
                            .count() + " affiliations";
        }
        return model.getClass().getSimpleName();
    }
}
