/**
 * Reports of a governance {@link eu.ospo.governance.rules.Evaluation} in four formats: text for
 * people, JSON with a documented stable schema, SARIF 2.1.0 for code-scanning user interfaces, and
 * Markdown for pull requests and dashboards. Start at {@link eu.ospo.governance.report.Reports}.
 */
@NullMarked
package eu.ospo.governance.report;

import org.jspecify.annotations.NullMarked;
