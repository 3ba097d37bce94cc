package org.steward.demo;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.steward.base.DomainException;
import org.steward.card.CardAuthoring;
import org.steward.card.CardText;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;

/**
 * Writes the demo's model cards as the demo developer and publishes them as the model's owner, through the same
 * services and rules as anyone's: only versions that are approved or deployed and whose card has everything its risk
 * level requires are published. The deployed credit model's card has all its evidence (metrics, a failed fairness
 * audit, an explanation, a baseline) and is published; the medium- and high-risk models whose evidence Steward does
 * not hold keep an honest, incomplete draft; the low-risk churn and demand models' cards are published.
 */
@Component
class DemoCards {

    private static final Logger log = LoggerFactory.getLogger(DemoCards.class);

    private static final String CONTEST = "Ask for a review by a person: reply to the letter that told you about the "
            + "decision, or write to **appeals@steward.example** with your reference. A person who did not take the "
            + "first decision reviews it within 30 days.";

    private static final Map<String, CardText> TEXTS = Map.of(
            "Retail credit scoring", new CardText("Proprietary, internal use only", "credit-analytics@steward.example",
                    """
                    - Trained on applications of the last three years; applicants with **no credit history** are \
                    scored less reliably, and incomes above 250,000 EUR are rare in the data.
                    - The score ranks risk; it is **not a probability** for an individual applicant.
                    - Known failure mode: the fairness audit of the deployed version found a lower selection rate \
                    for women than the policy allows; underwriters review every declined application.""",
                    "Credit decisions affect people's access to money. Sex and age band are used only to audit the "
                            + "model, never as inputs; declines are reviewed by an underwriter.",
                    "Use the score together with the underwriter's file; refer rather than decline near the cut-off.",
                    CONTEST),
            "Telecom churn propensity", new CardText("Proprietary, internal use only",
                    "customer-insights@steward.example",
                    "Ranks subscribers for retention calls; it does not know about network outages, and its ranking "
                            + "drifts when tariffs change (see the monitoring status).",
                    "No decision about a customer's contract or price is taken with it.",
                    "Refresh the ranking after a tariff change; retrain when monitoring turns red.",
                    "The model only decides whom to call with an offer; if you feel treated unfairly, write to "
                            + "**care@steward.example**."),
            "Store demand forecast", new CardText("Proprietary, internal use only",
                    "supply-chain-science@steward.example",
                    "Forecasts are less accurate for new products (under 8 weeks of sales), on public holidays and "
                            + "during promotions, which it does not see.",
                    "No decisions about people.",
                    "Store managers may override the order quantity; overrides feed the next training.",
                    "Store staff can override any order proposal in the replenishment app."),
            "Employee attrition risk", new CardText("Proprietary, internal use only",
                    "people-analytics@steward.example",
                    "Aggregated to teams of at least 10 people; the estimate for a single person is unreliable and "
                            + "never shown.",
                    "Used in employment relationships: works council consulted; no individual is assessed.",
                    null, null));

    private final CardAuthoring cards;
    private final ModelRegister register;
    private final RunAs runAs;

    DemoCards(CardAuthoring cards, ModelRegister register, RunAs runAs) {
        this.cards = cards;
        this.register = register;
        this.runAs = runAs;
    }

    /** Writes the model's card for each of its versions that is in use, and publishes it where it may be. */
    void seed(String modelName, long modelId, String owner) {
        var text = TEXTS.get(modelName);
        if (text == null) {
            return;
        }
        for (var version : register.versions(modelId, PageRequest.of(0, 20))) {
            var status = version.status();
            if (status != ApprovalStatus.APPROVED && status != ApprovalStatus.DEPLOYED
                    && status != ApprovalStatus.SUBMITTED) {
                continue;
            }
            var draft = cards.saveDraft(modelId, version.label(), null, text);
            // a submitted version's card, or one without the evidence its risk requires, stays a draft
            if (status == ApprovalStatus.SUBMITTED
                    || !cards.current(modelId, version.label()).completeness().complete()) {
                continue;
            }
            try {
                runAs.run(owner, Set.of(Role.BUSINESS_OWNER), () -> cards.publish(modelId, version.label(),
                        draft.lock()));
            } catch (DomainException e) {
                log.warn("Demo card of {} {} was not published: {}", modelName, version.label(), e.getMessage());
            }
        }
    }
}
