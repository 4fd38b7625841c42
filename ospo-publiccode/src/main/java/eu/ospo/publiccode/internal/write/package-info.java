/**
 * The publiccode.yml writer: model to a small YAML tree, and a block-style emitter with conservative
 * quoting. Not part of the public API.
 */
@NullMarked
package eu.ospo.publiccode.internal.write;

import org.jspecify.annotations.NullMarked;
