package org.steward.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.JsonNode;

/** Models with a version 1.0.0 and JSON bodies for the monitoring tests; the model is owned by "owner". */
public final class MonitoringFixtures {

    private final RunAs runAs;
    private final ApprovalFixtures approval;

    public MonitoringFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow) {
        this.runAs = runAs;
        this.approval = new ApprovalFixtures(runAs, register, workflow, null);
    }

    public ModelView model() {
        var model = approval.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
        approval.draft(model, "1.0.0");
        return model;
    }

    public <T> T asDev(java.util.function.Supplier<T> action) {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), action);
    }

    /** {@code n} rows with income = offset + i (i = 0..n-1), region a/b alternating, output i / n. */
    public static String rows(int n, double offset, String idPrefix) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < n; i++) {
            var row = new LinkedHashMap<String, Object>();
            var features = new LinkedHashMap<String, Object>();
            features.put("income", offset + i);
            features.put("region", i % 2 == 0 ? "a" : "b");
            row.put("features", features);
            row.put("output", (double) i / n);
            if (idPrefix != null) {
                row.put("requestId", idPrefix + i);
                row.put("latencyMs", 10 + i % 7);
            }
            rows.add(row);
        }
        return Json.write(Map.of("rows", rows));
    }

    public static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    public static List<String> ids(int n, String prefix) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }
}
