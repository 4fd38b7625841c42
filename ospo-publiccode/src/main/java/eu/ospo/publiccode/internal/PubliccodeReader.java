package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.yaml.internal.YamlLoader;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one publiccode.yml: decoding, validation, problems. One instance per parse. */
public final class PubliccodeReader {
    private final YamlLoader loader;
    private final Optional<Path> base;
    private final boolean fileChecks;

    /**
     * A reader for one parse.
     *
     * @param loader the YAML loader
     * @param base base directory for relative references
     * @param fileChecks whether to check referenced files
     */
    public PubliccodeReader(YamlLoader loader, Optional<Path> base, boolean fileChecks) {
        this.loader = loader;
        this.base = base;
        this.fileChecks = fileChecks;
    }

    /**
     * Reads the bytes.
     *
     * @param content the bytes
     * @return the result
     */
    public PubliccodeResult read(byte[] content) {
        throw new UnsupportedOperationException("TODO");
    }
}
