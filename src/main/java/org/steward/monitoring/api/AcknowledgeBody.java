package org.steward.monitoring.api;

/** An acknowledgement: the alert's version as read and what the owner will do about it. */
record AcknowledgeBody(long version, String comment) {
}
