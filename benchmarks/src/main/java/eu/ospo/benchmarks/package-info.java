/** JMH benchmarks and their fixtures: the publiccode.yml corpus and generated governance communities. */
@NullMarked
package eu.ospo.benchmarks;

import org.jspecify.annotations.NullMarked;
