package org.steward.dataset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleCsv;
import org.steward.identity.Role;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;
import org.steward.register.ui.BrowserlessUiTest;

/** The raw-data column, the recorded download for granted users, erasure for risk officers, the keys view. */
class RawDataUiTest extends BrowserlessUiTest {

    @Autowired
    Datasets datasets;

    @Autowired
    DatasetProtection protection;

    @Autowired
    JdbcTemplate jdbc;

    private DatasetView uploaded(String fileName) throws Exception {
        var file = Files.createTempFile("raw", ".csv");
        Files.writeString(file, SampleCsv.binary(40));
        try {
            return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> {
                var model = registerModel(unique("Raw data tab"), "owner");
                register.registerVersion(model.id(), new VersionDetails("1.0.0", "Logistic regression", null, null,
                        null, null, null, null, null, null, Stage.DEVELOPMENT));
                return datasets.upload(model.id(), "1.0.0", file, fileName, SampleCsv.binaryMapping(),
                        Progress.NONE).dataset();
            });
        } finally {
            Files.delete(file);
        }
    }

    private void openDatasets(long modelId) {
        openModel(modelId);
        selectTab("Evaluation data");
    }

    @Test
    @WithUserDetails("dev")
    void the_list_shows_the_key_and_no_download_without_the_grant() throws Exception {
        var dataset = uploaded("listed.csv");

        openDatasets(dataset.modelId());

        var grid = this.<DatasetView>grid("dataset-grid");
        assertThat(test(grid).getCellText(0, 6)).isEqualTo("encrypted · key test-2026");
        assertThat(exists("download-raw")).isFalse();
        assertThat(exists("erase-raw")).isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void a_granted_auditor_downloads_with_a_reason_and_the_download_is_in_the_ledger() throws Exception {
        var dataset = uploaded("granted.csv");
        runAs.call("admin", Set.of(Role.ADMIN), () -> protection.grant("auditor", "Audit of raw samples"));
        try {
            openDatasets(dataset.modelId());
            var grid = this.<DatasetView>grid("dataset-grid");
            grid.select(rows(grid).getFirst());
            click("download-raw");
            assertThat($(com.vaadin.flow.component.button.Button.class).id("reason-confirm").isEnabled()).isFalse();

            test(textArea("reason-text")).setValue("Check the holdout rows");
            click("reason-confirm");

            assertThat($(Anchor.class).id("download-raw-link").getText()).isEqualTo("Save granted.csv");
            assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'DATASET_DOWNLOADED' "
                    + "and subject = ? and actor = 'auditor'", Long.class, "model:" + dataset.modelId())).isEqualTo(1);
        } finally {
            runAs.run("admin", Set.of(Role.ADMIN), () -> protection.revoke("auditor", "done"));
        }
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_erases_a_sample_and_the_list_says_purged() throws Exception {
        var dataset = uploaded("erased.csv");
        openDatasets(dataset.modelId());
        var grid = this.<DatasetView>grid("dataset-grid");
        grid.select(rows(grid).getFirst());

        click("erase-raw");
        test(textArea("reason-text")).setValue("Erasure request #12");
        click("reason-confirm");

        assertThat(test(grid).getCellText(0, 6)).startsWith("purged on ");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("erase-raw").isEnabled()).isFalse();
        assertThat(lastNotification()).isEqualTo("Raw data of erased.csv erased; its results stay.");
        openModel(dataset.modelId());
        selectTab("Validation");
        assertThat($(Paragraph.class).id("validation-purged").getText()).startsWith("Raw data purged on ")
                .contains("(Erasure request #12); these results and the dataset's SHA-256 stay.");
    }

    @Test
    @WithUserDetails("admin")
    void administrators_see_the_keys_and_the_rotation_state() {
        var view = navigate("data-protection", DataProtectionView.class);

        assertThat(view.keys.getText()).startsWith("Active key: test-2026 · configured: test-2025, test-2026");
        assertThat(exists("start-rotation")).isTrue();
        assertThat(exists("grant-access")).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void auditors_see_the_keys_but_manage_nothing() {
        navigate("data-protection", DataProtectionView.class);

        assertThat(exists("start-rotation")).isFalse();
        assertThat(exists("grant-access")).isFalse();
    }
}
