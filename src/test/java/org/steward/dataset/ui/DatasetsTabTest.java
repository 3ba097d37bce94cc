package org.steward.dataset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleCsv;
import org.steward.identity.Role;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The "Evaluation data" tab: who sees it, the list of datasets, and the upload dialog from file to stored sample. */
class DatasetsTabTest extends BrowserlessUiTest {

    @Autowired
    Datasets datasets;

    private ModelView modelWithVersion() {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> {
            var model = registerModel(unique("Dataset tab"), "owner");
            register.registerVersion(model.id(), new VersionDetails("1.0.0", "Logistic regression", null, null, null,
                    null, null, null, null, null, Stage.DEVELOPMENT));
            return model;
        });
    }

    private DatasetView uploaded(ModelView model, String fileName) throws Exception {
        var file = Files.createTempFile("tab", ".csv");
        Files.writeString(file, SampleCsv.binary(16));
        try {
            return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> datasets.upload(model.id(), "1.0.0", file,
                    fileName, SampleCsv.binaryMapping(), Progress.NONE)).dataset();
        } finally {
            Files.delete(file);
        }
    }

    private UploadDialog openDialog(ModelView model) {
        openModel(model.id());
        selectTab("Evaluation data");
        click("upload-sample");
        return $(UploadDialog.class).single();
    }

    /** Waits for the dialog's worker and lets the UI take its result, as the poll of a browser would. */
    private void finish(UploadDialog dialog) throws Exception {
        var running = dialog.running;
        if (running != null) {
            running.get(30, TimeUnit.SECONDS);
        }
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private void uploadFile(UploadDialog dialog, String name, String csv) throws Exception {
        test(dialog.upload).upload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
        finish(dialog);
    }

    private static List<String> items(UnorderedList list) {
        return list.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_sees_the_datasets_but_no_upload_button() throws Exception {
        var model = modelWithVersion();
        var dataset = uploaded(model, "seen.csv");

        openModel(model.id());
        selectTab("Evaluation data");

        var grid = this.<DatasetView>grid("dataset-grid");
        assertThat(rows(grid)).extracting(DatasetView::fileName, DatasetView::rows, DatasetView::versionLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("seen.csv", 16, "1.0.0"));
        assertThat(test(grid).getCellText(0, 4)).isEqualTo(dataset.shortHash());
        assertThat(exists("upload-sample")).isFalse();
        assertThat(exists("rerun-analyses")).isFalse();
    }

    @Test
    @WithUserDetails("dev")
    void a_developer_gets_the_upload_and_rerun_buttons() {
        var model = modelWithVersion();

        openModel(model.id());
        selectTab("Evaluation data");

        assertThat(exists("upload-sample")).isTrue();
        assertThat(exists("rerun-analyses")).isTrue();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("Evaluation data");
    }

    @Test
    @WithUserDetails("dev")
    void a_developer_uploads_inspects_maps_and_stores_a_sample() throws Exception {
        var model = modelWithVersion();
        var dialog = openDialog(model);

        uploadFile(dialog, "portal.csv", SampleCsv.binary(24));

        var form = dialog.form;
        assertThat(form).as("the mapping form after inspection").isNotNull();
        assertThat($(Paragraph.class).id("inspection-summary").getText()).isEqualTo("'portal.csv': 24 rows, 7 columns.");
        assertThat(form.output.getValue()).isEqualTo("score");
        assertThat(form.outcome.getValue()).isEqualTo("label");
        assertThat(form.classes.getValue()).isEqualTo("no, yes");
        assertThat(form.positive.getValue()).isEqualTo("yes");
        assertThat(form.features.getValue()).containsExactlyInAnyOrder("age", "income", "region");

        test(dialog.store).click();
        finish(dialog);

        assertThat(dialog.outcome.getChildren().map(c -> ((Paragraph) c).getText()).findFirst().orElseThrow())
                .startsWith("Stored 'portal.csv' for version 1.0.0: 24 rows, 7 columns, SHA-256 ");
        assertThat(dialog.step.getText()).isEqualTo("Stored");
        var stored = runAs.call("auditor", Set.of(Role.AUDITOR), () -> datasets.list(model.id(),
                org.springframework.data.domain.PageRequest.of(0, 5)));
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("portal.csv");
            assertThat(d.uploadedBy()).isEqualTo("dev");
            assertThat(d.mapping().sensitive()).containsExactly("sex");
        });
        assertThat(rows(this.<DatasetView>grid("dataset-grid"))).extracting(DatasetView::fileName)
                .containsExactly("portal.csv");
    }

    @Test
    @WithUserDetails("dev")
    void bad_values_are_listed_and_nothing_is_stored() throws Exception {
        var model = modelWithVersion();
        var dialog = openDialog(model);
        uploadFile(dialog, "broken.csv", SampleCsv.binary(16).replace("0.26", "2.6"));

        test(dialog.store).click();
        finish(dialog);

        assertThat(items($(UnorderedList.class).id("store-errors"))).singleElement().asString()
                .startsWith("output: column 'score' must hold probabilities from 0 to 1; 1 value is outside: "
                        + "row 3 (line 4) '2.6'");
        assertThat(dialog.form.output.isInvalid()).isTrue();
        assertThat(dialog.store.isEnabled()).isTrue();
        assertThat(runAs.call("auditor", Set.of(Role.AUDITOR), () -> datasets.count(model.id()))).isZero();
    }

    @Test
    @WithUserDetails("dev")
    void a_file_that_is_not_a_csv_sample_is_explained() throws Exception {
        var model = modelWithVersion();
        var dialog = openDialog(model);

        uploadFile(dialog, "empty.csv", "");

        assertThat(dialog.form).isNull();
        assertThat(items($(UnorderedList.class).id("store-errors"))).containsExactly("File: The file is empty; upload "
                + "a CSV file with a header row and one row per scored example.");
        assertThat(dialog.store.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("dev")
    void the_versions_to_choose_from_are_the_models_and_the_size_limit_is_set() {
        var model = modelWithVersion();
        var dialog = openDialog(model);

        ComboBox<org.steward.register.VersionView> version = dialog.version;
        assertThat(version.getValue().label()).isEqualTo("1.0.0");
        assertThat($(Upload.class).id("upload-file").getMaxFileSize()).isEqualTo(200 * 1024 * 1024);
    }
}
