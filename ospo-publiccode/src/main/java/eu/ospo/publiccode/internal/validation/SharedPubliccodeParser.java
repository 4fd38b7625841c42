package eu.ospo.publiccode.internal.validation;

import eu.ospo.publiccode.PubliccodeParser;

/** The one parser every {@code @ValidPubliccode} validator uses: defaults, no network. */
final class SharedPubliccodeParser {

    /** Built on first use of a validator, then shared (the parser is thread-safe). */
    static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    private SharedPubliccodeParser() {}
}
