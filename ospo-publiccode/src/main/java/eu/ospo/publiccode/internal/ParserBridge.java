package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.yaml.internal.YamlDocument;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Lets another ospo module (ospo-jackson, which reads JSON into the YAML layer's node tree) parse a
 * loaded document with a {@link PubliccodeParser}'s own settings, so that every input goes through
 * the same reader. The parser registers the function when its class is initialised; this is not API.
 */
public final class ParserBridge {

    private static volatile @Nullable BiFunction<PubliccodeParser, YamlDocument, PubliccodeResult> reader;

    private ParserBridge() {}

    /**
     * Called once, by {@link PubliccodeParser}'s static initialiser.
     *
     * @param function reads a document with a parser's settings
     */
    public static void register(BiFunction<PubliccodeParser, YamlDocument, PubliccodeResult> function) {
        if (reader != null) {
            throw new IllegalStateException("already registered");
        }
        reader = Objects.requireNonNull(function, "function");
    }

    /**
     * Reads a loaded document as {@code parser.parse(...)} reads bytes.
     *
     * @param parser the parser whose settings apply
     * @param document the document
     * @return the result
     */
    public static PubliccodeResult read(PubliccodeParser parser, YamlDocument document) {
        BiFunction<PubliccodeParser, YamlDocument, PubliccodeResult> function =
                Objects.requireNonNull(reader, "PubliccodeParser is not initialised");
        return function.apply(Objects.requireNonNull(parser, "parser"), document);
    }
}
