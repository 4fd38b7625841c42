/** Settings of the one YAML loading layer that every ospo file format shares. */
@NullMarked
package eu.ospo.yaml;

import org.jspecify.annotations.NullMarked;
