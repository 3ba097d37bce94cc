package org.steward.compliance;

import java.time.Instant;
import org.steward.compliance.check.Framework;

/** A framework revision as loaded: the checklist, the data file it came from, the file's SHA-256, when it was loaded. */
public record FrameworkRevision(Framework framework, String sourceFile, String contentSha256, Instant loadedAt) {

    public String code() {
        return framework.code();
    }
}
