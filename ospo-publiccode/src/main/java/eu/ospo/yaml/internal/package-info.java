/**
 * The one YAML loading layer: bytes to a positioned node tree, with limits and duplicate-key
 * detection. Not part of the public API.
 */
@NullMarked
package eu.ospo.yaml.internal;

import org.jspecify.annotations.NullMarked;
