package eu.ospo.benchmarks;

import eu.ospo.publiccode.PubliccodeParser;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Validating the whole real-world corpus from memory, against only composing the same bytes into a
 * SnakeYAML Engine node tree. One operation is one pass over the whole corpus, so ops/s are corpus
 * passes per second; multiply by the file count (printed at setup) for files per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {

    private List<byte[]> files;
    private PubliccodeParser parser;
    private Compose compose;

    /** Reads the corpus into memory and builds the shared parser and composer. */
    @Setup
    public void setUp() {
        var dir = Corpus.directory();
        files = Corpus.load(dir);
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        System.err.printf("corpus %s: %d files, %d bytes%n", dir, files.size(), bytes);
        parser = PubliccodeParser.builder().build();
        compose = new Compose(LoadSettings.builder().build());
    }

    /**
     * Parses and validates every corpus file with one shared parser.
     *
     * @param bh sink for the results
     */
    @Benchmark
    public void validate(Blackhole bh) {
        for (byte[] file : files) {
            bh.consume(parser.parse(file));
        }
    }

    /**
     * Only composes every corpus file into a SnakeYAML Engine node tree (the baseline).
     *
     * @param bh sink for the node trees (or the error of a file that is not well-formed)
     */
    @Benchmark
    public void compose(Blackhole bh) {
        for (byte[] file : files) {
            try {
                bh.consume(compose.composeInputStream(new ByteArrayInputStream(file)));
            } catch (YamlEngineException e) {
                bh.consume(e);
            }
        }
    }
}
