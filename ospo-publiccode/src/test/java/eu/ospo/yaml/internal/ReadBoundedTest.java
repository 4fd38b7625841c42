package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.yaml.NotRegularFileException;
import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link YamlLoader#readBounded(Path)}: a plain file whole, a file past the size limit only up to
 * one byte past it, a file whose size says 0 but that has content, a path of another file system, and
 * what is not a regular file.
 */
class ReadBoundedTest {

    private static final YamlLoader SMALL = new YamlLoader(new YamlLimits(100, 64, 50, 100_000));

    @TempDir
    Path dir;

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    @Test
    void readsAFileWithinTheLimitWhole() throws IOException {
        for (int length : new int[] {0, 1, 99, 100}) {
            Path file = Files.write(dir.resolve("f" + length), bytes(length));
            assertThat(SMALL.readBounded(file)).isEqualTo(bytes(length));
        }
    }

    @Test
    void readsALargerFileOnlyToOneBytePastTheLimit() throws IOException {
        Path file = Files.write(dir.resolve("big"), bytes(5_000));
        assertThat(SMALL.readBounded(file)).isEqualTo(Arrays.copyOf(bytes(5_000), 101));
    }

    @Test
    void readsAFileWhoseSizeSaysNothing() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "needs Linux's /proc");
        String text = new String(new YamlLoader(YamlLimits.DEFAULT).readBounded(status), StandardCharsets.UTF_8);
        assertThat(text).contains("Pid:");
        assertThat(SMALL.readBounded(status)).hasSize(101);
    }

    @Test
    void readsAPathOfAnotherFileSystem() throws IOException {
        Path zip = dir.resolve("files.zip");
        try (FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path inside = Files.write(zipfs.getPath("/publiccode.yml"), bytes(42));
            assertThat(SMALL.readBounded(inside)).isEqualTo(bytes(42));
            Path big = Files.write(zipfs.getPath("/big.yml"), bytes(500));
            assertThat(SMALL.readBounded(big)).hasSize(101);
        }
    }

    @Test
    void refusesWhatIsNotARegularFile() {
        assertThatThrownBy(() -> SMALL.readBounded(dir))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> SMALL.readBounded(dir.resolve("missing.yml"))).isInstanceOf(NoSuchFileException.class);
    }
}
