package org.steward.compliance;

/** The file attached to an attestation, as uploaded. */
public record Attachment(String fileName, String contentType, byte[] bytes) {
}
