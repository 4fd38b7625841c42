/**
 * The implementation behind {@link eu.ospo.jackson}: JSON tokens to the YAML layer's node tree and
 * back, the serializers and deserializers. Not API.
 */
@NullMarked
package eu.ospo.jackson.internal;

import org.jspecify.annotations.NullMarked;
