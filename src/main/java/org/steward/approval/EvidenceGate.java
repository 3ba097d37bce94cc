package org.steward.approval;

/** A check of the evidence a version needs before it is submitted or approved; every gate is a Spring bean. */
public interface EvidenceGate {

    String name();

    GateResult evaluate(GateContext ctx);
}
