package eu.ospo.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real browser for tests: Debian's {@code chromium} in headless mode, one fresh profile per run,
 * no network activity of its own. {@code .ci/run} installs it when it is missing; where no browser
 * can be found the tests that need one skip with a message naming what to install.
 */
final class HeadlessChromium {

    /** Where the browser is looked for, after the {@code OSPO_CHROMIUM} environment variable. */
    private static final List<String> CANDIDATES = List.of("chromium", "chromium-browser", "google-chrome");

    private static final long TIMEOUT_SECONDS = 180;

    private final Path executable;
    private final Path logs;

    private HeadlessChromium(Path executable, Path logs) {
        this.executable = executable;
        this.logs = logs;
    }

    /**
     * The browser, if one is installed.
     *
     * @param logs a directory for the browser's stderr
     * @return the browser, or empty
     */
    static Optional<HeadlessChromium> find(Path logs) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("OSPO_CHROMIUM")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of("/usr/bin/chromium"));
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty()) {
                CANDIDATES.forEach(name -> candidates.add(Path.of(directory, name)));
            }
        }
        return candidates.stream()
                .filter(Files::isRegularFile)
                .filter(Files::isExecutable)
                .findFirst()
                .map(path -> new HeadlessChromium(path, logs));
    }

    /**
     * The document as the browser built it from a page ({@code --dump-dom}).
     *
     * @param page an HTML file
     * @return the serialised DOM
     * @throws IOException if the browser fails or times out
     */
    String dumpDom(Path page) throws IOException {
        return run(page, List.of("--dump-dom"));
    }

    /**
     * A screenshot of the top of a page.
     *
     * @param page an HTML file
     * @param png where to save the PNG
     * @param width the window's width in pixels
     * @param height the window's height
     * @throws IOException if the browser fails or times out
     */
    void screenshot(Path page, Path png, int width, int height) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(
                page,
                List.of(
                        "--hide-scrollbars",
                        "--window-size=" + width + "," + height,
                        "--screenshot=" + png.toAbsolutePath()));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot; see " + logs);
        }
    }

    private String run(Path page, List<String> action) throws IOException {
        Path profile = Files.createTempDirectory("ospo-chromium-");
        Files.createDirectories(logs);
        Path stderr = logs.resolve("chromium-stderr.log");
        Path stdout = profile.resolve("stdout");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(action);
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue() + "; see " + stderr);
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while chromium ran", e);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
