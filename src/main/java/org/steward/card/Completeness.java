package org.steward.card;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.Evidence;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.RiskLevel;

/**
 * How complete a card is: every item it should have, whether it is there, and whether the model's risk level requires
 * it. Evidence is required where the risk policy requires it for approval; limitations, the licence, the contact,
 * intended and out-of-scope use, the objective with its KPIs and the data descriptions on every card; ethical
 * considerations and how to contest a decision from medium risk up. The score counts every item alike.
 *
 * @param score percentage of the items present, rounded down, so that 100 means every item
 */
public record Completeness(int score, List<Item> items) {

    public Completeness {
        items = List.copyOf(items);
    }

    /** One thing a card should have. */
    public record Item(String key, String label, boolean present, boolean required) {
    }

    /** Whether every required item is present: what the approval gate and publishing ask for. */
    public boolean complete() {
        return missingRequired().isEmpty();
    }

    public List<Item> missingRequired() {
        return items.stream().filter(i -> i.required() && !i.present()).toList();
    }

    public List<Item> missing() {
        return items.stream().filter(i -> !i.present()).toList();
    }

    public long present() {
        return items.stream().filter(Item::present).count();
    }

    /** E.g. "Limitations, known failure modes and uncertainty; Licence". */
    public static String labels(List<Item> items) {
        return String.join("; ", items.stream().map(Item::label).toList());
    }

    public static Completeness of(CardContent card, RiskLevel risk) {
        var t = card.text();
        var medium = risk != RiskLevel.LOW;
        var items = new ArrayList<Item>();
        items.add(item("licence", "Licence", t.licence(), true));
        items.add(item("contact", "Contact", t.contact(), true));
        items.add(item("intendedUse", "Intended use", card.uses().intendedUse(), true));
        items.add(item("outOfScopeUse", "Out-of-scope use", card.uses().outOfScopeUse(), true));
        items.add(new Item("objective", "Business objective and KPIs", card.objective().problemStatement() != null
                && card.uses().decisionSupported() != null && card.uses().affectedParties() != null
                && !card.objective().kpis().isEmpty(), true));
        items.add(item("trainingData", "Training data", card.data().training(), true));
        items.add(item("evaluationData", "Evaluation data", card.data().evaluation(), true));
        items.add(evidence("metrics", "Metrics with confidence intervals", card.metrics(), risk,
                Evidence.VALIDATION_METRICS));
        items.add(evidence("fairness", "Fairness results", card.fairness(), risk, Evidence.FAIRNESS_AUDIT));
        items.add(evidence("explanation", "Explanation summary", card.explanation(), risk, Evidence.EXPLANATION));
        items.add(item("limitations", "Limitations, known failure modes and uncertainty", t.limitations(), true));
        items.add(item("ethicalConsiderations", "Ethical considerations", t.ethicalConsiderations(), medium));
        items.add(evidence("monitoring", "Monitoring baseline", card.monitoring().baseline(), risk,
                Evidence.MONITORING_BASELINE));
        items.add(item("howToContest", "How to contest a decision", t.howToContest(), medium));
        items.add(item("caveats", "Caveats and recommendations", t.caveats(), false));
        items.add(new Item("lineage", "Lineage hashes", card.lineage().artifactSha256() != null
                && card.lineage().trainingDataSha256() != null, false));
        var present = items.stream().filter(Item::present).count();
        return new Completeness((int) (present * 100 / items.size()), items);
    }

    private static Item item(String key, String label, @Nullable String value, boolean required) {
        return new Item(key, label, value != null && !value.isBlank(), required);
    }

    private static Item evidence(String key, String label, @Nullable Object value, RiskLevel risk, Evidence kind) {
        return new Item(key, label, value != null, EvidencePolicy.requires(risk, kind));
    }
}
