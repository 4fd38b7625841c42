/** The publiccode.yml reader: node tree to model and problems. Not part of the public API. */
@NullMarked
package eu.ospo.publiccode.internal;

import org.jspecify.annotations.NullMarked;
