package org.steward.evidence;

/** A rendered evidence pack, ready to download. */
public record EvidenceFile(String filename, String contentType, byte[] bytes) {
}
