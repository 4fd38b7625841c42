package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a launcher or a script as a separate process, the way a user or a CI runner does, for the
 * tests of the launchers, the GitHub Action and the pre-commit hooks.
 */
final class Launched {

    /**
     * What one run produced.
     *
     * @param exit the exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int exit, String out, String err) {}

    private Launched() {}

    /**
     * Runs the command in the directory with the JDK of the tests ({@code JAVA_HOME}), without the
     * launcher settings the caller's environment may hold, then with {@code environment} on top.
     */
    static Run run(List<String> command, Path workingDirectory, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        for (String setting :
                List.of("OSPO_JAVA_OPTS", "OSPO_CDS", "OSPO_AOT", "OSPO_LAUNCHER_TRACE", "OSPO_CACHE_DIR")) {
            builder.environment().remove(setting);
        }
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Copies a directory tree, file times included. */
    static Path copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }
}
