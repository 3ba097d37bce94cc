package org.steward.register.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.steward.register.VersionView;

/** The lineage of the selected version: which artifact, trained on which data, from which code. */
final class VersionLineage extends Div {

    VersionLineage() {
        setId("version-lineage");
        show(null);
    }

    void show(@Nullable VersionView version) {
        removeAll();
        if (version == null) {
            var hint = new Paragraph("Select a version to see its lineage.");
            hint.addClassName("steward-muted");
            add(hint);
            return;
        }
        var d = version.details();
        var title = new H3("Lineage of " + d.label());
        title.addClassName("steward-section-title");
        add(title, new Facts()
                .hash("Artifact SHA-256", d.artifactSha256())
                .hash("Training data SHA-256", d.trainingDataSha256())
                .hash("Code commit", d.codeCommit())
                .text("Parent version", d.parentLabel())
                .text("Training data", d.trainingDataDescription())
                .text("Evaluation data", d.evaluationDataDescription()));
    }
}
