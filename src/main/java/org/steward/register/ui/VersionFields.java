package org.steward.register.ui;

import static org.steward.register.ui.ModelIdentityFields.orEmpty;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.steward.register.ModelDetails;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/** The fields of a model version, lineage included. */
final class VersionFields extends FormLayout {

    private static final int LABEL_MAX = 64;
    private static final int SHORT_TEXT_MAX = 120;
    private static final int SHA256_LENGTH = 64;
    private static final int COMMIT_MAX = 40;

    final TextField label = new TextField("Version label");
    final TextField algorithm = new TextField("Algorithm");
    final TextField framework = new TextField("Framework");
    final DatePicker trainingDate = new DatePicker("Training date");
    final TextField artifactSha256 = new TextField("Artifact SHA-256");
    final TextField trainingDataSha256 = new TextField("Training data SHA-256");
    final TextField codeCommit = new TextField("Code commit");
    final ComboBox<String> parent = new ComboBox<>("Parent version");
    final TextArea trainingData = new TextArea("Training data");
    final TextArea evaluationData = new TextArea("Evaluation data");
    final ComboBox<Stage> stage = new ComboBox<>("Stage");

    private final List<String> parents;

    VersionFields(List<String> parentLabels) {
        parents = new ArrayList<>(parentLabels);
        label.setId("version-label");
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(LABEL_MAX);
        label.setHelperText("A semantic version such as 1.2.0, or another label");
        algorithm.setId("version-algorithm");
        algorithm.setRequiredIndicatorVisible(true);
        algorithm.setMaxLength(SHORT_TEXT_MAX);
        framework.setMaxLength(SHORT_TEXT_MAX);
        trainingDate.setId("version-training-date");
        for (var hash : List.of(artifactSha256, trainingDataSha256)) {
            hash.setMaxLength(SHA256_LENGTH);
            hash.addClassName("steward-hash");
            hash.setHelperText("64 hexadecimal characters");
        }
        artifactSha256.setId("version-artifact-sha256");
        trainingDataSha256.setId("version-data-sha256");
        codeCommit.setId("version-commit");
        codeCommit.setMaxLength(COMMIT_MAX);
        codeCommit.addClassName("steward-hash");
        parent.setId("version-parent");
        parent.setItems(parents);
        parent.setAllowCustomValue(true);
        parent.addCustomValueSetListener(e -> parent.setValue(withParent(e.getDetail())));
        parent.setClearButtonVisible(true);
        trainingData.setMaxLength(ModelDetails.TEXT_MAX);
        evaluationData.setMaxLength(ModelDetails.TEXT_MAX);
        stage.setId("version-stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(Stage::label);
        stage.setValue(Stage.DEVELOPMENT);
        stage.setRequiredIndicatorVisible(true);
        add(label, algorithm, framework, trainingDate, artifactSha256, trainingDataSha256, codeCommit, parent,
                trainingData, evaluationData, stage);
        setColspan(artifactSha256, 2);
        setColspan(trainingDataSha256, 2);
    }

    void fill(VersionDetails d) {
        label.setValue(d.label());
        label.setReadOnly(true);
        algorithm.setValue(d.algorithm());
        framework.setValue(orEmpty(d.framework()));
        trainingDate.setValue(d.trainingDate());
        artifactSha256.setValue(orEmpty(d.artifactSha256()));
        trainingDataSha256.setValue(orEmpty(d.trainingDataSha256()));
        codeCommit.setValue(orEmpty(d.codeCommit()));
        parent.setValue(d.parentLabel() == null ? null : withParent(d.parentLabel()));
        trainingData.setValue(orEmpty(d.trainingDataDescription()));
        evaluationData.setValue(orEmpty(d.evaluationDataDescription()));
        stage.setValue(d.stage());
    }

    VersionDetails value() {
        return new VersionDetails(label.getValue(), algorithm.getValue(), framework.getValue(),
                trainingDate.getValue(), artifactSha256.getValue(), trainingDataSha256.getValue(),
                codeCommit.getValue(), parent.getValue(), trainingData.getValue(), evaluationData.getValue(),
                stage.getValue());
    }

    void bind(FieldErrors errors) {
        errors.bind("label", label);
        errors.bind("algorithm", algorithm);
        errors.bind("framework", framework);
        errors.bind("trainingDate", trainingDate);
        errors.bind("artifactSha256", artifactSha256);
        errors.bind("trainingDataSha256", trainingDataSha256);
        errors.bind("codeCommit", codeCommit);
        errors.bind("parentLabel", parent);
        errors.bind("trainingDataDescription", trainingData);
        errors.bind("evaluationDataDescription", evaluationData);
        errors.bind("stage", stage);
    }

    private String withParent(String value) {
        if (!parents.contains(value)) {
            parents.add(value);
            parent.getListDataView().refreshAll();
        }
        return value;
    }
}
