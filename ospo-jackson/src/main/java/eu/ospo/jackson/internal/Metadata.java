package eu.ospo.jackson.internal;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.internal.read.GovernanceReader;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.internal.PubliccodeReader;
import tools.jackson.core.JsonParser;

/**
 * publiccode.yml and governance.yml read from JSON: the value is loaded into the YAML layer's node
 * tree ({@link JsonLoader}) and read by the parser's own reader, so the checks and problem codes are
 * those of the YAML files; positions become JSON pointers.
 */
public final class Metadata {

    private Metadata() {}

    /**
     * Reads a publiccode.yml value.
     *
     * @param parser the parser whose settings and checks apply
     * @param json the JSON parser, at the value's first token (or before it)
     * @return the result; problems carry a {@value Loaded#POINTER} argument
     */
    public static PubliccodeResult publiccode(PubliccodeParser parser, JsonParser json) {
        Loaded loaded = JsonLoader.load(json, parser.limits());
        PubliccodeResult result = PubliccodeReader.BRIDGE.read(parser, loaded.document());
        return new PubliccodeResult(
                result.publicCode(), loaded.locate(result.problems()), loaded.sourceMap(result.sourceMap()));
    }

    /**
     * Reads a governance.yml value.
     *
     * @param parser the parser whose settings and checks apply
     * @param json the JSON parser, at the value's first token (or before it)
     * @return the result; problems carry a {@value Loaded#POINTER} argument
     */
    public static GovernanceResult governance(GovernanceParser parser, JsonParser json) {
        Loaded loaded = JsonLoader.load(json, parser.limits());
        GovernanceResult result = GovernanceReader.BRIDGE.read(parser, loaded.document());
        return new GovernanceResult(
                result.governanceAsRead(), loaded.locate(result.problems()), loaded.sourceMap(result.sourceMap()));
    }
}
