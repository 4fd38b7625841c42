/**
 * {@code ospo governance check}: evaluates the governance rules over a repository's governance.yml
 * (and publiccode.yml) and prints a report in text, JSON, SARIF or Markdown.
 */
@NullMarked
package eu.ospo.cli.governance;

import org.jspecify.annotations.NullMarked;
