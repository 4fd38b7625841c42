/**
 * Checking a whole repository directory: {@link eu.ospo.governance.check.RepositoryCheck} reads
 * its publiccode.yml and governance.yml, evaluates the governance rules on a given date, and
 * returns one {@link eu.ospo.governance.check.RepositoryResult} with every file's problems, the
 * models, the evaluation and the verdict. The {@code ospo check} and {@code ospo governance check}
 * commands are a thin layer over it.
 */
@NullMarked
package eu.ospo.governance.check;

import org.jspecify.annotations.NullMarked;
