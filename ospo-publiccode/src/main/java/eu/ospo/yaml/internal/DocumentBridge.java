package eu.ospo.yaml.internal;

import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Lets another ospo module (ospo-jackson, which reads JSON into this layer's node tree) read a
 * loaded document with a parser's own settings, so that every input goes through the same reader.
 * Each parser class registers its function once, when it is initialised; not API.
 *
 * @param <P> the parser type
 * @param <R> the result type
 */
public final class DocumentBridge<P, R> {

    private volatile @Nullable BiFunction<P, YamlDocument, R> reader;

    /**
     * Called once, by the parser class's static initialiser.
     *
     * @param function reads a document with a parser's settings
     */
    public void register(BiFunction<P, YamlDocument, R> function) {
        if (reader != null) {
            throw new IllegalStateException("already registered");
        }
        reader = Objects.requireNonNull(function, "function");
    }

    /**
     * Reads a loaded document as the parser reads bytes.
     *
     * @param parser the parser whose settings apply (its class is initialised, so it has registered)
     * @param document the document
     * @return the result
     */
    public R read(P parser, YamlDocument document) {
        BiFunction<P, YamlDocument, R> function = Objects.requireNonNull(reader, "the parser did not register");
        return function.apply(Objects.requireNonNull(parser, "parser"), document);
    }
}
