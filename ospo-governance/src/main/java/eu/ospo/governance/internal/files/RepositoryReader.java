package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.CodeOfConduct;
import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.CommunityDocument;
import eu.ospo.governance.files.DetectedLicense;
import eu.ospo.governance.files.FileTree;
import eu.ospo.governance.files.Forge;
import eu.ospo.governance.files.LicenseFile;
import eu.ospo.governance.files.Owners;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.files.SecurityInsights;
import eu.ospo.governance.files.SecurityPolicy;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds and reads the governance files of a repository directory (see {@link RepositoryFiles}).
 * Only regular files inside the directory are read: symbolic links that lead outside it are ignored,
 * and the tree listing does not follow links. Listing stops at {@value #MAX_PATHS} files.
 */
public final class RepositoryReader {

    /** Problem code: another {@code CODEOWNERS} that the forge does not read. */
    public static final String SHADOWED = "codeowners.ignored-file";
    /** Problem code: a {@code LICENSES/} file not named by a known SPDX id. */
    public static final String REUSE_NAME = "license.reuse-unknown-id";
    /** Problem code: no licence recognised in a licence file. */
    public static final String UNRECOGNISED = "license.unrecognised";

    /** How many files the tree listing records at most. */
    public static final int MAX_PATHS = 100_000;
    /** How many entries of one folder are looked at when looking for files. */
    private static final int MAX_FOLDER_ENTRIES = 10_000;
    /** How many OWNERS files are read at most. */
    private static final int MAX_OWNERS_FILES = 1_000;

    private static final List<String> PROSE_EXTENSIONS =
            List.of("", ".md", ".markdown", ".mdown", ".txt", ".rst", ".adoc", ".asciidoc", ".org", ".mdx");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules");

    private final Optional<Forge> forge;

    /**
     * A reader.
     *
     * @param forge the forge, or empty to guess it from the directory
     */
    public RepositoryReader(Optional<Forge> forge) {
        this.forge = forge;
    }

    /**
     * Reads a directory.
     *
     * @param directory the repository root
     * @return the files
     * @throws IOException if listing or reading fails
     */
    public RepositoryFiles read(Path directory) throws IOException {
        Path root = directory.toRealPath();
        Forge chosen = forge.orElseGet(() -> guess(root));
        Folders folders = new Folders(root);
        Tree tree = walk(root);
        List<String> community = chosen.communityFolders();
        return new RepositoryFiles(
                chosen,
                codeOwners(folders, chosen),
                owners(folders, tree.owners),
                folders.exact("", "OWNERS_ALIASES").map(p -> readYaml(folders, p, OwnersReader::aliases)),
                first(folders, community, "MAINTAINERS").map(p -> readText(folders, p, MaintainersParser::parse)),
                first(folders, community, "SECURITY")
                        .map(p -> readText(
                                folders,
                                p,
                                (path, text, problems) -> new RepositoryFile<SecurityPolicy>(
                                        path, Optional.of(DocumentScanner.securityPolicy(text)), problems))),
                insights(folders),
                first(folders, community, "CONTRIBUTING").map(p -> readText(folders, p, RepositoryReader::document)),
                first(folders, community, "GOVERNANCE").map(p -> readText(folders, p, RepositoryReader::document)),
                codeOfConduct(folders, community),
                licenses(folders),
                releaseNotes(folders),
                firstExact(folders, List.of("publiccode.yml", "publiccode.yaml")),
                new FileTree(tree.paths, tree.complete));
    }

    private static RepositoryFile<CommunityDocument> document(String path, TextFile text, List<Problem> problems) {
        return new RepositoryFile<>(path, Optional.of(DocumentScanner.document(text)), problems);
    }

    private static Forge guess(Path root) {
        boolean github = Files.isDirectory(root.resolve(".github"));
        boolean gitlab =
                Files.isDirectory(root.resolve(".gitlab")) || Files.isRegularFile(root.resolve(".gitlab-ci.yml"));
        return gitlab && !github ? Forge.GITLAB : Forge.GITHUB;
    }

    private Optional<RepositoryFile<CodeOwners>> codeOwners(Folders folders, Forge chosen) throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : chosen.codeOwnersFolders()) {
            folders.exact(folder, "CODEOWNERS").ifPresent(found::add);
        }
        List<String> elsewhere = new ArrayList<>();
        for (Forge other : Forge.values()) {
            for (String folder : other.codeOwnersFolders()) {
                folders.exact(folder, "CODEOWNERS")
                        .filter(p -> !found.contains(p) && !elsewhere.contains(p))
                        .ifPresent(elsewhere::add);
            }
        }
        if (found.isEmpty() && elsewhere.isEmpty()) {
            return Optional.empty();
        }
        if (found.isEmpty()) {
            String path = elsewhere.get(0);
            return Optional.of(new RepositoryFile<>(
                    path,
                    Optional.empty(),
                    List.of(Problem.of(
                            SHADOWED,
                            Severity.ERROR,
                            "",
                            0,
                            0,
                            path + " is not where " + name(chosen) + " reads CODEOWNERS (" + locations(chosen)
                                    + "); it has no effect"))));
        }
        String path = found.get(0);
        List<Problem> problems = new ArrayList<>();
        Optional<byte[]> bytes =
                TextFile.readBytes(folders.resolve(path), CodeOwnersParser.MAX_BYTES, new ArrayList<>());
        RepositoryFile<CodeOwners> file = bytes.isEmpty()
                ? CodeOwnersParser.tooLarge(path, problems)
                : CodeOwnersParser.parse(path, TextFile.decode(bytes.get(), problems), chosen, problems);
        List<Problem> all = new ArrayList<>(file.problems());
        for (String ignored : found.subList(1, found.size())) {
            all.add(new Problem(
                    SHADOWED,
                    Severity.WARNING,
                    "",
                    0,
                    0,
                    ignored + " is ignored: " + name(chosen) + " reads only the first of " + locations(chosen)
                            + ", which is " + path,
                    Map.of("ignored", ignored)));
        }
        for (String ignored : elsewhere) {
            all.add(new Problem(
                    SHADOWED,
                    Severity.WARNING,
                    "",
                    0,
                    0,
                    ignored + " is not where " + name(chosen) + " reads CODEOWNERS; it has no effect",
                    Map.of("ignored", ignored)));
        }
        return Optional.of(new RepositoryFile<>(path, file.model(), all));
    }

    private static String name(Forge forge) {
        return forge == Forge.GITHUB ? "GitHub" : "GitLab";
    }

    private static String locations(Forge forge) {
        List<String> names = new ArrayList<>();
        forge.codeOwnersFolders().forEach(f -> names.add(f + "CODEOWNERS"));
        return String.join(", ", names);
    }

    private List<RepositoryFile<Owners>> owners(Folders folders, List<String> paths) {
        List<RepositoryFile<Owners>> owners = new ArrayList<>();
        for (String path : paths) {
            owners.add(readYaml(folders, path, OwnersReader::owners));
        }
        return owners;
    }

    private Optional<RepositoryFile<SecurityInsights>> insights(Folders folders) {
        for (String folder : List.of("", ".github/")) {
            for (String name : List.of("SECURITY-INSIGHTS.yml", "SECURITY-INSIGHTS.yaml", "security-insights.yml")) {
                Optional<String> path = folders.exact(folder, name);
                if (path.isPresent()) {
                    return Optional.of(readYaml(folders, path.get(), SecurityInsightsReader::read));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<RepositoryFile<CodeOfConduct>> codeOfConduct(Folders folders, List<String> community) {
        for (String base : List.of("CODE_OF_CONDUCT", "CODE-OF-CONDUCT", "CODEOFCONDUCT")) {
            Optional<String> path = first(folders, community, base);
            if (path.isPresent()) {
                return Optional.of(readText(
                        folders,
                        path.get(),
                        (p, text, problems) ->
                                new RepositoryFile<>(p, Optional.of(DocumentScanner.codeOfConduct(text)), problems)));
            }
        }
        return Optional.empty();
    }

    private List<RepositoryFile<LicenseFile>> licenses(Folders folders) {
        List<RepositoryFile<LicenseFile>> files = new ArrayList<>();
        for (String name : folders.names("")) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean licence = List.of("license", "licence", "copying", "unlicense").stream()
                    .anyMatch(base -> lower.equals(base)
                            || lower.startsWith(base + ".")
                            || lower.startsWith(base + "-")
                            || lower.startsWith(base + "_"));
            if (licence && folders.isFile("", name)) {
                files.add(readText(folders, name, (path, text, problems) -> {
                    List<DetectedLicense> found = LicenseDetector.detect(text);
                    List<Problem> all = new ArrayList<>(problems);
                    if (found.isEmpty()) {
                        all.add(Problem.of(
                                UNRECOGNISED,
                                Severity.INFO,
                                "",
                                0,
                                0,
                                "no SPDX-License-Identifier line and not a licence text ospo recognises"));
                    }
                    return new RepositoryFile<>(path, Optional.of(new LicenseFile(found)), all);
                }));
            }
        }
        if (folders.isFolder("LICENSES")) {
            List<DetectedLicense> found = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (String name : folders.names("LICENSES/")) {
                if (!folders.isFile("LICENSES/", name)) {
                    continue;
                }
                String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                if (LicenseDetector.isKnown(id)) {
                    found.add(new DetectedLicense(id, 0, DetectedLicense.Source.REUSE_FOLDER));
                } else {
                    problems.add(new Problem(
                            REUSE_NAME,
                            Severity.WARNING,
                            "",
                            0,
                            0,
                            "LICENSES/" + name + " is not named by an SPDX licence id or LicenseRef- (REUSE)",
                            Map.of("file", "LICENSES/" + name)));
                }
            }
            files.add(new RepositoryFile<>("LICENSES/", Optional.of(new LicenseFile(found)), problems));
        }
        return files;
    }

    private static Optional<String> releaseNotes(Folders folders) {
        for (String folder : List.of("", "docs/")) {
            for (String base :
                    List.of("CHANGELOG", "CHANGES", "RELEASE_NOTES", "RELEASE-NOTES", "RELEASES", "HISTORY", "NEWS")) {
                Optional<String> path = folders.prose(folder, base);
                if (path.isPresent()) {
                    return path;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstExact(Folders folders, List<String> names) {
        for (String name : names) {
            Optional<String> path = folders.exact("", name);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Folders folders, List<String> community, String base) {
        for (String folder : community) {
            Optional<String> path = folders.prose(folder, base);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    /** Reads a text file and builds its result; reading problems come first. */
    private interface TextRead<T> {
        RepositoryFile<T> apply(String path, TextFile text, List<Problem> problems);
    }

    private static <T> RepositoryFile<T> readText(Folders folders, String path, TextRead<T> parse) {
        List<Problem> problems = new ArrayList<>();
        try {
            Optional<TextFile> text = TextFile.read(folders.resolve(path), TextFile.MAX_BYTES, problems);
            if (text.isEmpty()) {
                return new RepositoryFile<>(path, Optional.empty(), problems);
            }
            return parse.apply(path, text.get(), problems);
        } catch (IOException e) {
            return unreadable(path, e);
        }
    }

    private static <T> RepositoryFile<T> readYaml(
            Folders folders, String path, java.util.function.BiFunction<String, byte[], RepositoryFile<T>> parse) {
        List<Problem> problems = new ArrayList<>();
        try {
            Optional<byte[]> bytes = TextFile.readBytes(folders.resolve(path), TextFile.MAX_BYTES, problems);
            if (bytes.isEmpty()) {
                return new RepositoryFile<>(path, Optional.empty(), problems);
            }
            return parse.apply(path, bytes.get());
        } catch (IOException e) {
            return unreadable(path, e);
        }
    }

    /** Problem code: a file that was found but could not be read. */
    public static final String UNREADABLE = "file.unreadable";

    private static <T> RepositoryFile<T> unreadable(String path, IOException e) {
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new RepositoryFile<>(
                path,
                Optional.empty(),
                List.of(new Problem(
                        UNREADABLE,
                        Severity.ERROR,
                        "",
                        0,
                        0,
                        "could not be read (" + reason + ")",
                        Map.of("reason", reason))));
    }

    /** The listing of the files and OWNERS files, bounded. */
    private record Tree(List<String> paths, List<String> owners, boolean complete) {}

    private static Tree walk(Path root) throws IOException {
        List<String> paths = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        boolean[] complete = {true};
        Files.walkFileTree(root, Set.of(), 64, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root)
                                && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (paths.size() >= MAX_PATHS) {
                    complete[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                String relative = relative(root, file);
                paths.add(relative);
                if (file.getFileName().toString().equals("OWNERS") && owners.size() < MAX_OWNERS_FILES) {
                    owners.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                complete[0] = false;
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(paths);
        Collections.sort(owners);
        return new Tree(paths, owners, complete[0]);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** The entries of the folders where files are looked for, listed once each, compared without case. */
    private static final class Folders {

        private final Path root;
        private final Map<String, Map<String, String>> listings = new TreeMap<>();

        Folders(Path root) {
            this.root = root;
        }

        Path resolve(String path) {
            return root.resolve(path);
        }

        /** Entry names of a folder ("" or "x/"), lower case to actual name; empty when not a folder. */
        Map<String, String> listing(String folder) {
            return listings.computeIfAbsent(folder, f -> {
                Map<String, String> names = new TreeMap<>();
                Path dir = f.isEmpty() ? root : root.resolve(f);
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    return names;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    int count = 0;
                    for (Path entry : entries) {
                        if (++count > MAX_FOLDER_ENTRIES) {
                            break;
                        }
                        String name = entry.getFileName().toString();
                        names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                    }
                } catch (IOException e) {
                    return names;
                }
                return names;
            });
        }

        List<String> names(String folder) {
            return List.copyOf(listing(folder).values());
        }

        boolean isFolder(String name) {
            return Files.isDirectory(root.resolve(name), LinkOption.NOFOLLOW_LINKS);
        }

        /** A regular file inside the repository (a link is followed only when it stays inside). */
        boolean isFile(String folder, String name) {
            Path path = root.resolve(folder + name);
            if (!Files.isRegularFile(path)) {
                return false;
            }
            try {
                return path.toRealPath().startsWith(root);
            } catch (IOException e) {
                return false;
            }
        }

        /** The path of a file with exactly this name (case-sensitive, as forges read CODEOWNERS). */
        Optional<String> exact(String folder, String name) {
            String actual = listing(folder).get(name.toLowerCase(Locale.ROOT));
            return actual != null && actual.equals(name) && isFile(folder, name)
                    ? Optional.of(folder + name)
                    : Optional.empty();
        }

        /** The path of a prose file named base (any case) with a usual extension. */
        Optional<String> prose(String folder, String base) {
            Map<String, String> names = listing(folder);
            String lower = base.toLowerCase(Locale.ROOT);
            for (String extension : PROSE_EXTENSIONS) {
                String actual = names.get(lower + extension);
                if (actual != null && isFile(folder, actual)) {
                    return Optional.of(folder + actual);
                }
            }
            return Optional.empty();
        }
    }
}
