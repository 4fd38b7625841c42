/**
 * The report writers behind {@link eu.ospo.governance.report.Reports}: text, JSON, SARIF and
 * Markdown. Not API.
 */
@NullMarked
package eu.ospo.governance.internal.report;

import org.jspecify.annotations.NullMarked;
