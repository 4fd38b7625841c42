/** The library as a whole: {@link eu.ospo.Ospo#version()}. */
@NullMarked
package eu.ospo;

import org.jspecify.annotations.NullMarked;
