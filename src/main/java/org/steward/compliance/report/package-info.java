/** Framework reports rendered as PDF, CSV and JSON from a {@link org.steward.compliance.report.ComplianceReport}. */
@NullMarked
package org.steward.compliance.report;

import org.jspecify.annotations.NullMarked;
