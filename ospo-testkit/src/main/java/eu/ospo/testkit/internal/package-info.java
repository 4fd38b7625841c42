/** How the generators draw: shared drawing helpers and the assembly of whole models. Not exported. */
@NullMarked
package eu.ospo.testkit.internal;

import org.jspecify.annotations.NullMarked;
