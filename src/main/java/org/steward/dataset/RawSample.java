package org.steward.dataset;

/** A stored sample as CSV (without its dropped columns), handed out for a recorded download. */
public record RawSample(String fileName, byte[] csv) {
}
