/**
 * Parse, validate and write {@code publiccode.yml}.
 *
 * <p>Build a {@link eu.ospo.publiccode.PubliccodeParser} once and reuse it from any thread; {@link
 * eu.ospo.publiccode.PubliccodeParser#parse(java.nio.file.Path)} returns a {@link
 * eu.ospo.publiccode.PubliccodeResult} with every problem found and, when there are no errors, the
 * typed {@link eu.ospo.publiccode.model.PublicCode}. {@link eu.ospo.publiccode.PubliccodeWriter}
 * turns a model back into YAML.
 */
@NullMarked
package eu.ospo.publiccode;

import org.jspecify.annotations.NullMarked;
