package eu.ospo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real-world {@code publiccode.yml} corpus, read into memory. */
final class Corpus {

    /** System property naming the corpus directory. */
    static final String DIR_PROPERTY = "ospo.corpus.dir";

    /** Default corpus directory, relative to the working directory (the repository root). */
    static final String DEFAULT_DIR = "../shared/corpus/publiccode-real";

    private Corpus() {}

    /**
     * The corpus directory: {@value #DIR_PROPERTY} if set, else {@value #DEFAULT_DIR}.
     *
     * @return the absolute, normalised directory (not checked)
     */
    static Path directory() {
        return Path.of(System.getProperty(DIR_PROPERTY, DEFAULT_DIR))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Lists the corpus files of a directory ({@code *.yml} and {@code *.yaml}; the directory's
     * README.md and SOURCES.tsv are not part of it), sorted by name.
     *
     * @param dir the directory
     * @return the files
     * @throws IllegalStateException if the directory is absent or holds no file
     */
    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus directory " + dir + " does not exist; run from the repository"
                    + " root (next to ../shared) or pass -D" + DIR_PROPERTY + "=<dir>");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .filter(Corpus::isYaml)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("corpus directory " + dir + " holds no *.yml or *.yaml file");
        }
        return files;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /**
     * Reads every file of a corpus directory.
     *
     * @param dir the directory
     * @return the contents, in file-name order
     */
    static List<byte[]> load(Path dir) {
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                contents.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return contents;
    }
}
