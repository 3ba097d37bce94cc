package org.steward.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.register.ApprovalStatus;
import org.steward.register.VersionView;

class VersionFormTest extends BrowserlessUiTest {

    private static final String SHA = "a".repeat(64);

    @Test
    @WithUserDetails("dev")
    void developer_registers_a_version_and_sees_its_lineage() {
        var model = registerModel(unique("Versioned model"), "owner");
        openModel(model.id());
        selectTab("Versions");

        click("new-version");
        var form = $(Dialog.class).id("version-form");
        test(textField("version-label")).setValue("1.0.0");
        test(textField("version-algorithm")).setValue("Logistic regression");
        test(textField("version-artifact-sha256")).setValue(SHA.toUpperCase());
        test(textField("version-commit")).setValue("abc1234");
        click("version-save");

        assertThat(form.isOpened()).isFalse();
        assertThat(lastNotification()).contains("Registered version 1.0.0");
        Grid<VersionView> versions = grid("versions-grid");
        assertThat(rows(versions)).singleElement().satisfies(v -> {
            assertThat(v.label()).isEqualTo("1.0.0");
            assertThat(v.status()).isEqualTo(ApprovalStatus.DRAFT);
        });
        assertThat($(Div.class).id("version-lineage").getElement().getTextRecursively()).contains(SHA, "abc1234");
    }

    @Test
    @WithUserDetails("dev")
    void a_bad_sha256_is_marked_on_its_field_and_nothing_is_stored() {
        var model = registerModel(unique("Model with bad hash"), "owner");
        openModel(model.id());
        selectTab("Versions");

        click("new-version");
        var form = $(Dialog.class).id("version-form");
        test(textField("version-label")).setValue("1.0.0");
        test(textField("version-algorithm")).setValue("Random forest");
        test(textField("version-artifact-sha256")).setValue("not-a-sha");
        click("version-save");

        assertThat(form.isOpened()).isTrue();
        var sha = textField("version-artifact-sha256");
        assertThat(sha.isInvalid()).isTrue();
        assertThat(sha.getErrorMessage()).isEqualTo("must be a SHA-256: 64 hexadecimal characters");
        assertThat(textField("version-algorithm").isInvalid()).isFalse();
        assertThat(register.countVersions(model.id())).isZero();
    }

    @Test
    @WithUserDetails("dev")
    void editing_a_version_keeps_its_label_and_saves_the_changes() {
        var model = registerModel(unique("Edited versions"), "owner");
        openModel(model.id());
        selectTab("Versions");
        click("new-version");
        test(textField("version-label")).setValue("2.0.0");
        test(textField("version-algorithm")).setValue("Gradient boosting");
        click("version-save");

        Grid<VersionView> versions = grid("versions-grid");
        test(versions).select(0);
        click("edit-version");
        var label = textField("version-label");
        assertThat(label.isReadOnly()).isTrue();
        assertThat(label.getValue()).isEqualTo("2.0.0");
        test(textField("version-algorithm")).setValue("Gradient boosting, tuned");
        click("version-save");

        assertThat(register.version(model.id(), "2.0.0").details().algorithm()).isEqualTo("Gradient boosting, tuned");
        assertThat(rows(versions)).extracting(v -> v.details().algorithm()).containsExactly("Gradient boosting, tuned");
    }

    @Test
    @WithUserDetails("dev")
    void a_training_date_in_the_future_is_refused() {
        var model = registerModel(unique("Future model"), "owner");
        openModel(model.id());
        selectTab("Versions");

        click("new-version");
        test(textField("version-label")).setValue("0.1.0");
        test(textField("version-algorithm")).setValue("Naive Bayes");
        test($(DatePicker.class).id("version-training-date"))
                .setValue(LocalDate.now().plusDays(30));
        click("version-save");

        assertThat($(DatePicker.class).id("version-training-date").isInvalid())
                .isTrue();
        assertThat(register.countVersions(model.id())).isZero();
    }
}
