/**
 * The HTML dashboard behind {@link eu.ospo.governance.report.HtmlDashboard}: one self-contained page
 * (inline CSS and SVG, no script, nothing loaded from anywhere) written as it is built, section by
 * section. Not API.
 */
@NullMarked
package eu.ospo.governance.internal.report.html;

import org.jspecify.annotations.NullMarked;
