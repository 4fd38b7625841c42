package eu.ospo.governance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Named pipes for tests that a FIFO given as a file is refused instead of blocking. */
final class Fifo {

    private Fifo() {}

    /** Makes a FIFO with mkfifo(1); skips the test where there is none (Windows). */
    static Path create(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return path;
    }

    /**
     * Unblocks whoever is stuck opening the FIFO for reading (a regression): opening it for reading
     * and writing never blocks on Linux and gives the reader a writer, then end of file.
     */
    static void release(Path fifo) throws IOException {
        FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)
                .close();
    }
}
