package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the distribution that {@code package} made ({@code target/ospo-VERSION.zip} and {@code
 * .tar.gz}) and runs its launcher the way a user would: with only a JDK.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("ospo.version", "");
    private static final Path TARGET = Path.of(System.getProperty("ospo.distribution.dir", "target"));
    private static final String TOP = "ospo-" + VERSION;

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpackZip() throws Exception {
        assumeTrue(!VERSION.isEmpty(), "runs under failsafe, which passes ospo.version");
        Path zip = TARGET.resolve(TOP + ".zip");
        assertThat(zip).isRegularFile();
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toAbsolutePath().toString(), "-d", unpacked.toString())
                .inheritIO()
                .start();
        assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unzip.exitValue()).isZero();
        home = unpacked.resolve(TOP);
    }

    @Test
    void holdsLaunchersLibrariesAndLegalFiles() throws IOException {
        assertThat(home.resolve("bin/ospo")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/ospo")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(Files.readString(home.resolve("bin/ospo.bat")))
                .contains("\r\n")
                .contains("eu.ospo.cli.Main");
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            Set<String> names = jars.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertThat(names)
                    .contains(
                            "ospo-cli-" + VERSION + ".jar",
                            "ospo-model-" + VERSION + ".jar",
                            "ospo-publiccode-" + VERSION + ".jar",
                            "ospo-governance-" + VERSION + ".jar")
                    .anyMatch(n -> n.startsWith("picocli-"))
                    .anyMatch(n -> n.startsWith("snakeyaml-engine-"))
                    .noneMatch(n -> n.startsWith("junit") || n.startsWith("assertj") || n.contains("-tests"));
        }
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = run(List.of(home.resolve("bin/ospo").toString(), "--version"), Map.of());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).isEqualTo("ospo " + VERSION + "\n");
    }

    @Test
    void validatesAFileAndSaysWhenItIsInvalid(@TempDir Path work) throws Exception {
        Path valid = Path.of("..", "examples", "repositories", "shared-permits", "publiccode.yml")
                .toAbsolutePath()
                .normalize();
        Run ok =
                run(List.of(home.resolve("bin/ospo").toString(), "publiccode", "validate", valid.toString()), Map.of());
        assertThat(ok.exit).as(ok.out + ok.err).isZero();

        Path broken = work.resolve("publiccode.yml");
        Files.writeString(broken, "publiccodeYmlVersion: \"0.4\"\nname: x\n");
        Run invalid = run(
                List.of(home.resolve("bin/ospo").toString(), "publiccode", "validate", broken.toString()), Map.of());
        assertThat(invalid.exit).isEqualTo(1);
        assertThat(invalid.out).contains("publiccode.yml:").contains("error");
    }

    @Test
    void itsJarRunsWithJavaJarAndNamesOnlyJarsBesideIt() throws Exception {
        Path jar = home.resolve("lib").resolve("ospo-cli-" + VERSION + ".jar");
        String classPath;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
        }
        assertThat(classPath).isNotBlank();
        for (String entry : classPath.trim().split(" +")) {
            assertThat(jar.resolveSibling(entry)).as(entry).isRegularFile();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Run run = run(List.of(java, "-jar", jar.toString(), "--version"), Map.of());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).isEqualTo("ospo " + VERSION + "\n");
    }

    @Test
    void runsThroughASymlinkAndWithJavaHome(@TempDir Path work) throws Exception {
        Path link = work.resolve("ospo");
        Files.createSymbolicLink(link, home.resolve("bin/ospo"));
        String javaHome = System.getProperty("java.home");

        Run run = run(List.of(link.toString(), "--version"), Map.of("JAVA_HOME", javaHome));

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).startsWith("ospo ");
    }

    @Test
    void passesJavaOptionsThrough() throws Exception {
        // an option the JVM rejects proves OSPO_JAVA_OPTS reaches it
        Run run = run(
                List.of(home.resolve("bin/ospo").toString(), "--version"),
                Map.of("OSPO_JAVA_OPTS", "-XX:+ThisOptionDoesNotExist"));

        assertThat(run.exit).isNotZero();
        assertThat(run.err).contains("ThisOptionDoesNotExist");
    }

    @Test
    void tarballHoldsTheSameFilesWithTheSameModes(@TempDir Path work) throws Exception {
        Path tarball = TARGET.resolve(TOP + ".tar.gz");
        assertThat(tarball).isRegularFile();
        Run listing = run(List.of("tar", "-tvzf", tarball.toAbsolutePath().toString()), Map.of());
        assertThat(listing.exit).isZero();
        List<String> lines = listing.out.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("-rwxr-xr-x") && l.endsWith(TOP + "/bin/ospo"));
        assertThat(lines).anyMatch(l -> l.endsWith(TOP + "/LICENSE"));
        assertThat(lines).anyMatch(l -> l.endsWith(TOP + "/lib/ospo-cli-" + VERSION + ".jar"));

        Run untar = run(List.of("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", work.toString()), Map.of());
        assertThat(untar.exit).isZero();
        Run version = run(List.of(work.resolve(TOP + "/bin/ospo").toString(), "--version"), Map.of());
        assertThat(version.exit).as(version.err).isZero();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().remove("OSPO_JAVA_OPTS");
        // the launcher's start-up archive goes to a temporary cache, never the user's (LauncherIT tests it)
        builder.environment().put("OSPO_CACHE_DIR", unpacked.resolve("cache").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
