/**
 * The governance files a repository already has besides governance.yml: {@code CODEOWNERS} (GitHub
 * and GitLab flavours, with {@link eu.ospo.governance.files.CodeOwners#ownersOf(String)} answering
 * as the forge does), Kubernetes-style {@code OWNERS} and {@code OWNERS_ALIASES}, {@code
 * MAINTAINERS}, {@code SECURITY.md} and {@code SECURITY-INSIGHTS.yml}, {@code CONTRIBUTING}, the
 * code of conduct, the licence and {@code GOVERNANCE.md}.
 *
 * <p>{@link eu.ospo.governance.files.RepositoryFiles#read(java.nio.file.Path)} finds them where the
 * forges look (root, {@code .github/}, {@code docs/}, {@code .gitlab/}) and reads each into a typed
 * model with positioned {@link eu.ospo.problem.Problem}s. Only regular files are read, each up to
 * a size limit; content problems are never exceptions.
 */
@NullMarked
package eu.ospo.governance.files;

import org.jspecify.annotations.NullMarked;
