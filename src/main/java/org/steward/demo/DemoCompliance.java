package org.steward.demo;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.compliance.Compliance;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

/**
 * Gives the demo register a few attestations and one applicability decision, through the compliance service as the
 * risk officer and the credit model's owner would: the credit model's policies and instructions for use, the sepsis
 * model's penetration test, and SR 11-7 brought to bear on the bank's card fraud model.
 */
@Component
class DemoCompliance {

    private static final String CREDIT = "Retail credit scoring";
    private static final String SEPSIS = "Sepsis early warning";
    private static final String CARD_FRAUD = "Card fraud detection";

    private final Compliance compliance;
    private final RunAs runAs;

    DemoCompliance(Compliance compliance, RunAs runAs) {
        this.compliance = compliance;
        this.runAs = runAs;
    }

    void seed(String modelName, long modelId, String owner) {
        switch (modelName) {
            case CREDIT -> {
                asRisk(() -> {
                    attest(modelId, "sr-11-7", "vi-policies", "The model risk policy (v3) approved by the board in "
                            + "March sets roles, validation standards and limits on model use.", "model-risk-policy.txt");
                    attest(modelId, "nist-ai-rmf", "govern-4", "Quarterly model risk forum with credit, risk and "
                            + "audit; incidents are logged and reviewed there.", "model-risk-forum-minutes.txt");
                });
                runAs.run(owner, Set.of(Role.BUSINESS_OWNER), () -> attest(modelId, "eu-ai-act", "art-13",
                        "Instructions for use (v2) issued to branch underwriters: purpose, accuracy, limits, when to "
                                + "override the score.", "instructions-for-use.txt"));
            }
            case SEPSIS -> asRisk(() -> attest(modelId, "eu-ai-act", "art-15-cybersecurity", "External penetration "
                    + "test of the scoring service and its data feed; no critical or high findings open.",
                    "pentest-summary.txt"));
            case CARD_FRAUD -> asRisk(() -> compliance.decide(modelId, "sr-11-7", true, "It scores the bank's card "
                    + "payments, so the bank's model risk management under SR 11-7 covers it."));
            default -> {
            }
        }
    }

    private void attest(long modelId, String framework, String requirement, String statement, String file) {
        var content = ("Demo evidence for " + framework + " " + requirement + ":\n" + statement + "\n")
                .getBytes(StandardCharsets.UTF_8);
        compliance.attest(modelId, framework, requirement, statement, file, "text/plain", content);
    }

    private void asRisk(Runnable action) {
        runAs.run("risk", Set.of(Role.RISK_OFFICER), action);
    }
}
