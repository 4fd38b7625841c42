package eu.ospo.publiccode.conformance;

import eu.ospo.publiccode.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference validator's many-files driver, {@code pcbatch} (in {@code
 * ../shared/reference/publiccode-parser-go}, a Linux x86-64 build): validates files in one process,
 * network off, and prints one line per file, {@code path<TAB>verdict<TAB>problems} (read byte for byte:
 * messages may quote invalid UTF-8). It prints nothing
 * when it panics on a file, so a batch that ends badly is split in halves until the file that crashes
 * it is alone; that file's answer is {@link Answer#CRASH}.
 */
final class ReferenceBatch {

    /** The reference's answer for one file. */
    record Answer(String verdict, String problems) {
        /** No answer: the reference panicked on the file. */
        static final Answer CRASH = new Answer("crash", "");

        boolean crashed() {
            return this == CRASH;
        }
    }

    private static final int CHUNK = 500;
    private static final long TIMEOUT_SECONDS = 300;

    private final Path binary;

    private ReferenceBatch(Path binary) {
        this.binary = binary;
    }

    /**
     * The shared build, when it is there and can run here.
     *
     * @return the driver, or empty with no binary or not on Linux x86-64
     */
    static Optional<ReferenceBatch> locate() {
        Path binary = SharedData.root().resolve("reference/publiccode-parser-go/pcbatch");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        boolean runsHere = os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
        return Files.isExecutable(binary) && runsHere ? Optional.of(new ReferenceBatch(binary)) : Optional.empty();
    }

    /**
     * Validates files of one folder, from that folder (relative file references resolve there).
     *
     * @param folder the folder
     * @param names the files' names in it
     * @return the answer for every name
     * @throws IOException if the driver cannot be run
     */
    Map<String, Answer> run(Path folder, List<String> names) throws IOException {
        Map<String, Answer> answers = new HashMap<>();
        for (int from = 0; from < names.size(); from += CHUNK) {
            answers.putAll(chunk(folder, names.subList(from, Math.min(names.size(), from + CHUNK))));
        }
        return answers;
    }

    private Map<String, Answer> chunk(Path folder, List<String> names) throws IOException {
        Optional<Map<String, Answer>> answers = once(folder, names);
        if (answers.isPresent()) {
            return answers.get();
        }
        if (names.size() == 1) {
            return Map.of(names.get(0), Answer.CRASH);
        }
        Map<String, Answer> halves = new HashMap<>(chunk(folder, names.subList(0, names.size() / 2)));
        halves.putAll(chunk(folder, names.subList(names.size() / 2, names.size())));
        return halves;
    }

    /** One run of the driver; empty when it did not answer for every file. */
    private Optional<Map<String, Answer>> once(Path folder, List<String> names) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(names);
        Path output = Files.createTempFile("pcbatch", ".tsv");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("pcbatch did not finish within " + TIMEOUT_SECONDS + " s");
            }
            Map<String, Answer> answers = new HashMap<>();
            for (String line : Files.readAllLines(output, StandardCharsets.ISO_8859_1)) {
                String[] columns = line.split("\t", 3);
                if (columns.length >= 2) {
                    answers.put(columns[0], new Answer(columns[1], columns.length > 2 ? columns[2] : ""));
                }
            }
            boolean complete = process.exitValue() == 0 && answers.keySet().containsAll(names);
            return complete ? Optional.of(answers) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pcbatch ran", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
