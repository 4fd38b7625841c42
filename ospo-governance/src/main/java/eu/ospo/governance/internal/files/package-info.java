/**
 * Reading the repository's own governance files: the bounded line reader, where the forges look,
 * and one reader per format behind {@link eu.ospo.governance.files.RepositoryFiles}.
 */
@NullMarked
package eu.ospo.governance.internal.files;

import org.jspecify.annotations.NullMarked;
