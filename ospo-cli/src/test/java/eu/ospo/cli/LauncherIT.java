package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.cli.Launched.Run;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher ({@code bin/ospo}) and its start-up archive: the first run trains it,
 * later runs use it, and a missing, truncated, damaged or stale archive, or a JVM that cannot make
 * one, changes neither the output nor the exit status, and no JVM message reaches the terminal.
 * Every run is compared with a run without the archive ({@code OSPO_CDS=off}). The archive is an
 * AOT cache ({@code .aot}) with JDK 25 or newer, a dynamic CDS archive ({@code .jsa}) before: the
 * tests without {@code JAVA_HOME} of their own run the JDK of the tests (its kind: {@link #KIND});
 * those of the AOT cache look for a JDK 25 under /usr/lib/jvm and skip, saying so, without one.
 */
class LauncherIT {

    private static final String VERSION = System.getProperty("ospo.version", "");
    private static final Path TARGET = Path.of(System.getProperty("ospo.distribution.dir", "target"));
    private static final Path EXAMPLE = Path.of("..", "examples", "repositories", "shared-permits")
            .toAbsolutePath()
            .normalize();

    /** The archive kind of the JDK running the tests: its file extension and the JVM option that maps it. */
    private static final Kind KIND = Kind.of(Runtime.version().feature());

    private static final Map<String, String> FORCE_CDS = Map.of("OSPO_AOT", "off");

    /** The two kinds of start-up archive. */
    private enum Kind {
        AOT(".aot", "-XX:AOTCache="),
        CDS(".jsa", "-XX:SharedArchiveFile=");

        final String extension;
        final String option;

        Kind(String extension, String option) {
            this.extension = extension;
            this.option = option;
        }

        static Kind of(int featureVersion) {
            return featureVersion >= 25 ? AOT : CDS;
        }

        Kind other() {
            return this == AOT ? CDS : AOT;
        }

        Path archive(Path cache, String profile) {
            return cache.resolve("ospo-cli-" + VERSION + "-" + profile + extension);
        }
    }

    @TempDir
    static Path installed;

    private static Path home;

    @BeforeAll
    static void copyTheUnpackedDistribution() throws IOException {
        assumeTrue(!VERSION.isEmpty(), "runs under failsafe, which passes ospo.version");
        Path unpacked = TARGET.resolve("ospo-" + VERSION).resolve("ospo-" + VERSION);
        assertThat(unpacked.resolve("bin/ospo")).isExecutable();
        home = Launched.copyTree(unpacked, installed.resolve("ospo"));
    }

    @Test
    void theFirstRunTrainsTheArchiveAndLaterRunsMapIt(@TempDir Path cache) throws Exception {
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run plain = run(home, validate, Map.of("OSPO_CDS", "off"));
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).startsWith(example("publiccode.yml") + ": valid\n");

        Run first = run(home, validate, Map.of("OSPO_CACHE_DIR", cache.toString()));
        assertThat(first).isEqualTo(plain);
        Path archive = KIND.archive(cache, "validate");
        assertThat(archive).isRegularFile();
        assertThat(KIND.other().archive(cache, "validate")).doesNotExist();
        assertThat(Files.readString(cache.resolve(archive.getFileName() + ".stamp")))
                .contains(home.resolve("lib/ospo-cli-" + VERSION + ".jar").toString())
                .contains("size " + Files.size(archive));

        Run traced = run(home, validate, Map.of("OSPO_CACHE_DIR", cache.toString(), "OSPO_LAUNCHER_TRACE", "1"));
        assertThat(traced.out()).isEqualTo(plain.out());
        assertThat(traced.err()).startsWith("ospo: ").contains(KIND.option + archive);

        for (List<String> arguments : List.of(
                List.of("check", "--date", "2026-12-01", EXAMPLE.toString()),
                List.of("publiccode", "validate", "--format", "json", example("publiccode.yml"), "missing.yml"),
                List.of("publiccode", "validate"),
                List.of("--version"))) {
            assertThat(run(home, arguments, Map.of("OSPO_CACHE_DIR", cache.toString())))
                    .as(arguments.toString())
                    .isEqualTo(run(home, arguments, Map.of("OSPO_CDS", "off")));
        }
        // the commands other than publiccode validate have an archive of their own
        assertThat(KIND.archive(cache, "all")).isRegularFile();
        assertThat(run(home, List.of("--version"), withTrace(Map.of("OSPO_CACHE_DIR", cache.toString())))
                        .err())
                .contains(KIND.option + KIND.archive(cache, "all"));
    }

    @Test
    void aTruncatedArchiveIsMadeAgain(@TempDir Path cache) throws Exception {
        Map<String, String> environment = Map.of("OSPO_CACHE_DIR", cache.toString());
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run first = run(home, validate, environment);
        Path archive = KIND.archive(cache, "validate");
        long size = Files.size(archive);
        truncate(archive, size / 2); // the JVM would crash on this one

        Run afterDamage = run(home, validate, environment);

        assertThat(afterDamage).isEqualTo(first);
        // trained again: a whole archive (training is not byte-for-byte repeatable: its threads race)
        // that the stamp records
        assertThat(Files.size(archive)).isGreaterThan(size / 2 + size / 4);
        assertThat(Files.readString(cache.resolve(archive.getFileName() + ".stamp")))
                .endsWith("size " + Files.size(archive) + "\n");
    }

    @Test
    void anArchiveTheJvmRefusesCostsOnlySpeed(@TempDir Path cache, @TempDir Path elsewhere) throws Exception {
        Map<String, String> environment = Map.of("OSPO_CACHE_DIR", cache.toString());
        List<String> invalid =
                List.of("publiccode", "validate", brokenFile(elsewhere).toString());
        Run expected = run(home, invalid, Map.of("OSPO_CDS", "off"));
        assertThat(expected.exit()).isEqualTo(1);
        assertThat(run(home, invalid, environment)).isEqualTo(expected);
        Path archive = KIND.archive(cache, "validate");

        // damaged header, same size: the launcher's size check passes, the JVM refuses it
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = 0; i < 4096; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        replace(archive, bytes);
        assertThat(run(home, invalid, environment)).isEqualTo(expected);

        // stale: an archive made for another copy of the distribution (other jar paths)
        Path other = Launched.copyTree(home, elsewhere.resolve("other"));
        Path otherCache = elsewhere.resolve("other-cache");
        Map<String, String> otherEnvironment = Map.of("OSPO_CACHE_DIR", otherCache.toString());
        assertThat(run(other, invalid, otherEnvironment)).isEqualTo(expected);
        Path otherArchive = otherCache.resolve(archive.getFileName());
        Path otherStamp = otherCache.resolve(archive.getFileName() + ".stamp");
        Files.delete(archive);
        run(home, invalid, environment); // a good archive again
        replace(otherArchive, Files.readAllBytes(archive));
        String stamp = Files.readString(otherStamp);
        Files.writeString(otherStamp, stamp.substring(0, stamp.lastIndexOf("size ")) + "size " + Files.size(archive));
        Run traced = run(other, invalid, Map.of("OSPO_CACHE_DIR", otherCache.toString(), "OSPO_LAUNCHER_TRACE", "1"));
        assertThat(traced.err()).contains(KIND.option + otherArchive); // used, and refused
        assertThat(run(other, invalid, otherEnvironment)).isEqualTo(expected);
    }

    @Test
    void aJvmThatCannotMakeAnArchiveRunsWithout(@TempDir Path cache) throws Exception {
        cannotMakeEitherKind(cache, Map.of());
    }

    /**
     * Class data sharing off: the training JVM can make neither an AOT cache nor a CDS archive; the
     * launcher notes it once in a marker and does not try again while nothing changes.
     */
    private static void cannotMakeEitherKind(Path cache, Map<String, String> jdk) throws Exception {
        Map<String, String> environment =
                with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString(), "OSPO_JAVA_OPTS", "-Xshare:off"));
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run plain = run(home, validate, with(jdk, Map.of("OSPO_CDS", "off", "OSPO_JAVA_OPTS", "-Xshare:off")));
        assertThat(plain.exit()).isZero();

        assertThat(run(home, validate, environment)).isEqualTo(plain);
        for (Kind kind : Kind.values()) {
            assertThat(kind.archive(cache, "validate")).doesNotExist();
        }
        Path failed = cache.resolve("ospo-cli-" + VERSION + "-validate.failed");
        assertThat(failed).isRegularFile();
        FileTime marked = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(failed, marked);
        Run traced = run(home, validate, withTrace(environment));
        assertThat(traced.out()).isEqualTo(plain.out());
        assertThat(traced.err()).doesNotContain("SharedArchiveFile", "AOTCache");
        assertThat(Files.getLastModifiedTime(failed)).as("not tried again").isEqualTo(marked);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly(failed.getFileName().toString());
        }
        // another option set is another stamp: tried again, and an archive once it works
        assertThat(run(home, validate, with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString()))))
                .isEqualTo(run(home, validate, with(jdk, Map.of("OSPO_CDS", "off"))));
        assertThat(failed).doesNotExist();
    }

    @Test
    void anUnwritableCacheMeansNoArchive(@TempDir Path work) throws Exception {
        Path notADirectory = Files.writeString(work.resolve("file"), "x");
        Map<String, String> environment =
                Map.of("OSPO_CACHE_DIR", notADirectory.resolve("cache").toString());
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));

        assertThat(run(home, validate, environment)).isEqualTo(run(home, validate, Map.of("OSPO_CDS", "off")));
    }

    @Test
    void otherJdksGetArchivesOfTheirOwn(@TempDir Path cache) throws Exception {
        Optional<Path> otherJdk = otherJdk();
        assumeTrue(otherJdk.isPresent(), "no second JDK (17 or newer) under /usr/lib/jvm");
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", otherJdk.get().toString());
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run plain = run(
                home,
                validate,
                Map.of("OSPO_CDS", "off", "JAVA_HOME", otherJdk.get().toString()));
        assertThat(plain.exit()).isZero();

        environment.put("OSPO_CACHE_DIR", cache.toString());
        Kind otherKind = Kind.of(featureVersion(Files.readString(otherJdk.get().resolve("release"))));
        assertThat(run(home, validate, environment)).isEqualTo(plain);
        assertThat(run(home, validate, withTrace(environment)).err())
                .contains(otherKind.option + otherKind.archive(cache, "validate"));
        // the archive of one JDK met by another: made again for the other, of its kind, and the
        // other kind's stale files go
        Map<String, String> thisJdk = Map.of("OSPO_CACHE_DIR", cache.toString(), "JAVA_HOME", javaHome());
        assertThat(run(home, validate, thisJdk)).isEqualTo(plain);
        assertThat(Files.readString(
                        cache.resolve(KIND.archive(cache, "validate").getFileName() + ".stamp")))
                .contains("java " + javaHome() + "/bin/java");
        assertThat(run(home, validate, withTrace(thisJdk)).err())
                .contains(KIND.option + KIND.archive(cache, "validate"));
        if (otherKind != KIND) {
            assertThat(otherKind.archive(cache, "validate")).doesNotExist();
            assertThat(cache.resolve(otherKind.archive(cache, "validate").getFileName() + ".stamp"))
                    .doesNotExist();
        }
        assertThat(run(home, validate, environment)).isEqualTo(plain);
        assertThat(run(home, validate, withTrace(environment)).err())
                .contains(otherKind.option + otherKind.archive(cache, "validate"));
        assertThat(Files.readString(
                        cache.resolve(otherKind.archive(cache, "validate").getFileName() + ".stamp")))
                .contains("java " + otherJdk.get() + "/bin/java");
    }

    // JDK 25 and newer: the AOT cache

    @Test
    void withJdk25TheFirstRunTrainsAnAotCacheAndLaterRunsMapIt(@TempDir Path cache) throws Exception {
        Map<String, String> jdk = jdk25();
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run plain = run(home, validate, with(jdk, Map.of("OSPO_CDS", "off")));
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).startsWith(example("publiccode.yml") + ": valid\n");
        Map<String, String> environment = with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString()));

        assertThat(run(home, validate, environment)).isEqualTo(plain);
        Path cached = Kind.AOT.archive(cache, "validate");
        assertThat(cached).isRegularFile();
        assertThat(Kind.CDS.archive(cache, "validate")).doesNotExist();
        assertThat(Files.readString(cache.resolve(cached.getFileName() + ".stamp")))
                .contains("java " + jdk.get("JAVA_HOME") + "/bin/java")
                .contains(home.resolve("lib/ospo-cli-" + VERSION + ".jar").toString())
                .endsWith("size " + Files.size(cached) + "\n");
        FileTime made = Files.getLastModifiedTime(cached);

        Run traced = run(home, validate, withTrace(environment));
        assertThat(traced.out()).isEqualTo(plain.out());
        assertThat(traced.err())
                .startsWith("ospo: " + jdk.get("JAVA_HOME") + "/bin/java ")
                .contains(" -Xlog:disable -XX:AOTCache=" + cached + " ")
                .doesNotContain("SharedArchiveFile");
        assertThat(Files.getLastModifiedTime(cached))
                .as("mapped, not made again")
                .isEqualTo(made);

        for (List<String> arguments : List.of(
                List.of("check", "--date", "2026-12-01", EXAMPLE.toString()),
                List.of("publiccode", "validate", "--format", "json", example("publiccode.yml"), "missing.yml"),
                List.of("--version"))) {
            assertThat(run(home, arguments, environment))
                    .as(arguments.toString())
                    .isEqualTo(run(home, arguments, with(jdk, Map.of("OSPO_CDS", "off"))));
        }
        assertThat(run(home, List.of("--version"), withTrace(environment)).err())
                .contains("-XX:AOTCache=" + Kind.AOT.archive(cache, "all"));
    }

    @Test
    void withJdk25ATruncatedOrDamagedAotCacheCostsOnlySpeed(@TempDir Path cache, @TempDir Path elsewhere)
            throws Exception {
        Map<String, String> jdk = jdk25();
        Map<String, String> environment = with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString()));
        List<String> invalid =
                List.of("publiccode", "validate", brokenFile(elsewhere).toString());
        Run expected = run(home, invalid, with(jdk, Map.of("OSPO_CDS", "off")));
        assertThat(expected.exit()).isEqualTo(1);
        assertThat(expected.err()).isEmpty();
        assertThat(run(home, invalid, environment)).isEqualTo(expected);
        Path cached = Kind.AOT.archive(cache, "validate");
        long size = Files.size(cached);

        // truncated: its size no longer matches the stamp, so it is made again
        truncate(cached, size / 2);
        assertThat(run(home, invalid, environment)).isEqualTo(expected);
        assertThat(Files.size(cached)).isGreaterThan(size / 2);
        assertThat(Files.readString(cache.resolve(cached.getFileName() + ".stamp")))
                .endsWith("size " + Files.size(cached) + "\n");

        // damaged header, same size: the launcher's size check passes, the JVM refuses it silently
        byte[] bytes = Files.readAllBytes(cached);
        for (int i = 0; i < 4096; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        replace(cached, bytes);
        Run traced = run(home, invalid, withTrace(environment));
        assertThat(traced.err()).contains("-XX:AOTCache=" + cached); // used, and refused
        assertThat(traced.out()).isEqualTo(expected.out());
        assertThat(traced.exit()).isEqualTo(expected.exit());
        assertThat(run(home, invalid, environment)).isEqualTo(expected);
        assertThat(Files.readAllBytes(cached)).isEqualTo(bytes);
    }

    @Test
    void withJdk25OspoAotOffMakesAndMapsTheCdsArchive(@TempDir Path cache) throws Exception {
        Map<String, String> jdk = jdk25();
        Map<String, String> environment = with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString()));
        List<String> validate = List.of("publiccode", "validate", example("publiccode.yml"));
        Run plain = run(home, validate, with(jdk, Map.of("OSPO_CDS", "off")));

        // first with OSPO_AOT=off: a CDS archive, marked as made on purpose
        assertThat(run(home, validate, with(environment, FORCE_CDS))).isEqualTo(plain);
        Path jsa = Kind.CDS.archive(cache, "validate");
        Path aot = Kind.AOT.archive(cache, "validate");
        assertThat(jsa).isRegularFile();
        assertThat(aot).doesNotExist();
        assertThat(run(home, validate, withTrace(with(environment, FORCE_CDS))).err())
                .contains("-XX:SharedArchiveFile=" + jsa)
                .doesNotContain("AOTCache");

        // without the setting the JDK's own kind: an AOT cache is made; the CDS archive stays
        assertThat(run(home, validate, environment)).isEqualTo(plain);
        assertThat(aot).isRegularFile();
        assertThat(run(home, validate, withTrace(environment)).err())
                .contains("-XX:AOTCache=" + aot)
                .doesNotContain("SharedArchiveFile");

        // each setting then maps its own, neither is made again
        FileTime aotMade = Files.getLastModifiedTime(aot);
        FileTime jsaMade = Files.getLastModifiedTime(jsa);
        assertThat(run(home, validate, withTrace(with(environment, FORCE_CDS))).err())
                .contains("-XX:SharedArchiveFile=" + jsa);
        assertThat(run(home, validate, withTrace(environment)).err()).contains("-XX:AOTCache=" + aot);
        assertThat(Files.getLastModifiedTime(aot)).isEqualTo(aotMade);
        assertThat(Files.getLastModifiedTime(jsa)).isEqualTo(jsaMade);
    }

    /**
     * With the launcher's options only, the command halts (System.exit would first look up a logger,
     * reading every jar); with any JVM options of the user's it ends through Runtime.exit, whose
     * shutdown hooks and logging those options may rely on. Seen through the exit logging of JDK 21
     * and newer, switched on by the user's options.
     */
    @Test
    void withJdk25OnlyTheLaunchersOwnOptionsLetTheCommandHalt(@TempDir Path cache, @TempDir Path work)
            throws Exception {
        Map<String, String> jdk = jdk25();
        Path logging = Files.writeString(
                work.resolve("logging.properties"),
                "handlers=java.util.logging.ConsoleHandler\n"
                        + "java.util.logging.ConsoleHandler.level=ALL\n"
                        + "java.lang.Runtime.level=ALL\n");
        String logExits = "-Djava.util.logging.config.file=" + logging;
        List<String> validate =
                List.of("publiccode", "validate", brokenFile(work).toString());
        Map<String, String> environment = with(jdk, Map.of("OSPO_CACHE_DIR", cache.toString()));

        Run halted = run(home, validate, withTrace(environment));
        assertThat(halted.exit()).isEqualTo(1);
        assertThat(halted.err()).contains(" -Dospo.exit=halt ").doesNotContain("Runtime.exit");
        for (String variable : List.of("OSPO_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            Run exited = run(home, validate, withTrace(with(environment, Map.of(variable, logExits))));
            assertThat(exited.exit()).as(variable).isEqualTo(1);
            assertThat(exited.out()).as(variable).isEqualTo(halted.out());
            assertThat(exited.err()).as(variable).doesNotContain("ospo.exit").contains("Runtime.exit");
        }
    }

    @Test
    void withJdk25AJvmThatCannotMakeEitherKindRunsWithout(@TempDir Path cache) throws Exception {
        cannotMakeEitherKind(cache, jdk25());
    }

    // The repository's own launcher (./ospo at the root of a clone), run against a copy of it in a
    // small tree with a stand-in for the Maven wrapper that records each build and unpacks a
    // stand-in distribution: what it decides and prints, without minutes of real builds.

    private static final Path ROOT_LAUNCHER =
            Path.of("..", "ospo").toAbsolutePath().normalize();

    /** A clone-like tree: the real ./ospo, two poms, a source file, and the stand-in mvnw. */
    private static Path clone(Path dir) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.copy(ROOT_LAUNCHER, repository.resolve("ospo"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(repository.resolve("ospo-cli"));
        Files.writeString(repository.resolve("ospo-cli/pom.xml"), "<project/>\n");
        Path source = Files.createDirectories(repository.resolve("ospo-model/src/main/java/eu"));
        Files.writeString(source.resolve("A.java"), "class A {}\n");
        // target/ holds build output: never part of the hash
        Files.createDirectories(repository.resolve("ospo-model/target/classes"));
        Path mvnw = Files.writeString(
                repository.resolve("mvnw"),
                String.join(
                        "\n",
                        "#!/bin/sh",
                        "# stand-in for the Maven wrapper: records the build, unpacks a stand-in distribution",
                        "cd \"$(dirname \"$0\")\"",
                        "echo \"$*\" >> builds.log",
                        "echo \"[INFO] Building ospo-cli (stand-in Maven)\"",
                        "if [ -f fail-the-build ]; then echo \"[ERROR] BUILD FAILURE\"; exit 1; fi",
                        "mkdir -p ospo-cli/target/lib ospo-cli/target/ospo-9/ospo-9/bin",
                        "printf '%s\\n' '#!/bin/sh' 'echo \"ran $*\"' 'echo \"cache $OSPO_CACHE_DIR\"'"
                                + " > ospo-cli/target/ospo-9/ospo-9/bin/ospo",
                        "chmod +x ospo-cli/target/ospo-9/ospo-9/bin/ospo",
                        "echo \"[INFO] BUILD SUCCESS\"",
                        ""));
        assertThat(mvnw.toFile().setExecutable(true)).isTrue();
        return repository;
    }

    private static Run rootLauncher(Path launcher, Path workingDirectory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        return Launched.run(command, workingDirectory, Map.of());
    }

    private static List<String> builds(Path repository) throws IOException {
        Path log = repository.resolve("builds.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void theRootLauncherBuildsOnFirstUseAndShowsMavensProgress(@TempDir Path dir) throws Exception {
        Path repository = clone(dir);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        Run first = rootLauncher(repository.resolve("ospo"), elsewhere, "check", "x y");

        assertThat(first.exit()).isZero();
        assertThat(first.out())
                .isEqualTo("ran check x y\ncache " + repository.toRealPath().resolve("ospo-cli/target/startup-cache")
                        + "\n");
        assertThat(first.err())
                .startsWith("ospo: building ospo (first use: a few minutes; Maven's progress follows)...\n")
                .contains("[INFO] Building ospo-cli (stand-in Maven)\n", "[INFO] BUILD SUCCESS\n");
        assertThat(builds(repository))
                .singleElement()
                .satisfies(arguments -> assertThat(arguments)
                        .contains("-pl ospo-cli -am package")
                        .doesNotContain("-q"));
        assertThat(repository.resolve("ospo-cli/target/ospo-sources.cksum")).isRegularFile();

        Run second = rootLauncher(repository.resolve("ospo"), elsewhere, "--version");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).startsWith("ran --version\n");
        assertThat(builds(repository)).hasSize(1);
    }

    @Test
    void theRootLauncherRebuildsWhenContentChangesNotWhenTimesDo(@TempDir Path dir) throws Exception {
        Path repository = clone(dir);
        Path launcher = repository.resolve("ospo");
        rootLauncher(launcher, repository, "--version");
        assertThat(builds(repository)).hasSize(1);
        Path source = repository.resolve("ospo-model/src/main/java/eu/A.java");
        Path pom = repository.resolve("ospo-cli/pom.xml");

        // newer file times, same content (a checkout, a copy, an editor that saves unchanged text)
        java.nio.file.attribute.FileTime later =
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 3_600_000);
        Files.setLastModifiedTime(source, later);
        Files.setLastModifiedTime(pom, later);
        Files.writeString(repository.resolve("ospo-model/target/classes/A.class"), "changed build output");
        Run touched = rootLauncher(launcher, repository, "--version");
        assertThat(touched.err()).isEmpty();
        assertThat(builds(repository)).hasSize(1);

        // other content with an older time than the last build: rebuilt all the same
        Files.writeString(source, "class A { int changed; }\n");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(0));
        Run changed = rootLauncher(launcher, repository, "--version");
        assertThat(changed.exit()).isZero();
        assertThat(changed.err()).startsWith("ospo: the sources changed since the last build: building ospo again");
        assertThat(builds(repository)).hasSize(2);

        Files.writeString(pom, "<project><!-- changed --></project>\n");
        rootLauncher(launcher, repository, "--version");
        assertThat(builds(repository)).hasSize(3);
        Files.createDirectories(repository.resolve("ospo-cli/src/main/resources"));
        Files.writeString(repository.resolve("ospo-cli/src/main/resources/new.txt"), "a new file\n");
        rootLauncher(launcher, repository, "--version");
        assertThat(builds(repository)).hasSize(4);
        assertThat(rootLauncher(launcher, repository, "--version").err()).isEmpty();
        assertThat(builds(repository)).hasSize(4);
    }

    @Test
    void aFailedBuildExitsWithTwoAndIsTriedAgain(@TempDir Path dir) throws Exception {
        Path repository = clone(dir);
        Path launcher = repository.resolve("ospo");
        Files.writeString(repository.resolve("fail-the-build"), "");

        Run failed = rootLauncher(launcher, repository, "--version");

        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err())
                .contains("[ERROR] BUILD FAILURE\n")
                .endsWith("ospo: the build failed (Maven's output above)\n");
        Files.delete(repository.resolve("fail-the-build"));
        Run next = rootLauncher(launcher, repository, "--version");
        assertThat(next.exit()).isZero();
        assertThat(next.err()).startsWith("ospo: building ospo (first use");
        assertThat(builds(repository)).hasSize(2);
    }

    @Test
    void theRootLauncherWorksThroughASymbolicLinkFromAnyDirectory(@TempDir Path dir) throws Exception {
        Path repository = clone(dir);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("ospo"), Path.of("..", "repository", "ospo"));

        Run run = rootLauncher(link, Files.createDirectories(dir.resolve("work")), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("ran --version\n");
        assertThat(builds(repository)).hasSize(1);
    }

    @Test
    void theRootLauncherIsPosixSh() throws IOException {
        assertThat(Files.readAllLines(ROOT_LAUNCHER).get(0)).isEqualTo("#!/bin/sh");
        assertThat(Files.readString(ROOT_LAUNCHER)).doesNotContain("BASH_SOURCE", "[[", "local ", "function ", "<(");
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }

    /**
     * {@code JAVA_HOME} set to a JDK 25 or newer under /usr/lib/jvm (the JDK of the tests when it
     * is one); the test is skipped, saying why, when there is none.
     */
    private static Map<String, String> jdk25() throws IOException {
        if (Runtime.version().feature() >= 25) {
            return Map.of("JAVA_HOME", javaHome());
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                for (Path candidate : candidates.sorted().toList()) {
                    Path release = candidate.resolve("release");
                    if (Files.isExecutable(candidate.resolve("bin/java"))
                            && Files.isRegularFile(release)
                            && featureVersion(Files.readString(release)) >= 25) {
                        return Map.of("JAVA_HOME", candidate.toString());
                    }
                }
            }
        }
        assumeTrue(false, "no JDK 25 or newer under /usr/lib/jvm: the AOT cache is not tested");
        throw new AssertionError("unreachable");
    }

    private static Map<String, String> with(Map<String, String> environment, Map<String, String> more) {
        Map<String, String> both = new HashMap<>(environment);
        both.putAll(more);
        return both;
    }

    /** A JDK under /usr/lib/jvm other than the one running the tests, version 17 or newer. */
    private static Optional<Path> otherJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Path running = Path.of(javaHome()).toRealPath();
        try (Stream<Path> candidates = Files.list(jvms)) {
            for (Path candidate : candidates.sorted().toList()) {
                Path release = candidate.resolve("release");
                if (Files.isExecutable(candidate.resolve("bin/java"))
                        && Files.isRegularFile(release)
                        && !candidate.toRealPath().equals(running)
                        && featureVersion(Files.readString(release)) >= 17) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static int featureVersion(String release) {
        for (String line : release.split("\n")) {
            if (line.startsWith("JAVA_VERSION=\"")) {
                String version = line.substring("JAVA_VERSION=\"".length());
                int end = 0;
                while (end < version.length() && Character.isDigit(version.charAt(end))) {
                    end++;
                }
                return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
            }
        }
        return 0;
    }

    private static Map<String, String> withTrace(Map<String, String> environment) {
        Map<String, String> traced = new HashMap<>(environment);
        traced.put("OSPO_LAUNCHER_TRACE", "1");
        return traced;
    }

    private static String example(String file) {
        return EXAMPLE.resolve(file).toString();
    }

    private static Path brokenFile(Path directory) throws IOException {
        return Files.writeString(directory.resolve("publiccode.yml"), "publiccodeYmlVersion: \"0.4\"\nname: x\n");
    }

    private static void truncate(Path file, long size) throws IOException {
        file.toFile().setWritable(true);
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            access.setLength(size);
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        file.toFile().setWritable(true);
        Files.write(file, bytes);
    }

    private static Run run(Path home, List<String> arguments, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/ospo").toString());
        command.addAll(arguments);
        return Launched.run(command, installed, environment);
    }
}
