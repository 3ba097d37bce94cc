/**
 * Compliance frameworks (EU AI Act, NIST AI RMF, SR 11-7) as versioned data files, each requirement met by register
 * evidence through named rules or by an expiring attestation; which frameworks apply per model, a register-wide
 * dashboard for risk officers and auditors, and framework reports (PDF, CSV, JSON) as of any day.
 */
@ApplicationModule(displayName = "Compliance")
@NullMarked
package org.steward.compliance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
