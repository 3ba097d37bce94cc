package org.steward.dataset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.steward.base.ui.Notifications;
import org.steward.base.ui.ReasonDialog;
import org.steward.dataset.AccessGrant;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.EncryptedStore;

/**
 * Encryption of stored samples (keys, samples per key, re-encryption progress) for administrators, risk officers
 * and auditors; administrators also start a re-encryption and grant or revoke raw-data downloads.
 */
@Route("data-protection")
@PageTitle("Data protection · Steward")
@Menu(title = "Data protection", order = 65, icon = "vaadin:lock")
@RolesAllowed({"ADMIN", "RISK_OFFICER", "AUDITOR"})
public class DataProtectionView extends VerticalLayout {

    private static final int POLL_MS = 1000;

    private final DatasetProtection protection;
    final Paragraph keys = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Grid<AccessGrant> grants = new Grid<>();

    DataProtectionView(DatasetProtection protection) {
        this.protection = protection;
        addClassName("steward-view");
        keys.setId("key-status");
        progressText.setId("rotation-progress");
        add(new H2("Data protection"), new Paragraph("Every stored scored sample, and the raw data of production "
                + "monitoring (the feature values of batches and the baselines), is encrypted with AES-256-GCM under "
                + "a key kept outside the database. After a key change (a new active key in the configuration) "
                + "everything is re-encrypted in the background; keep the old key configured until nothing is left "
                + "on it."), new H3("Encryption keys"), keys, progress, progressText);
        if (protection.canManageAccess()) {
            var rotate = new Button("Re-encrypt now", VaadinIcon.REFRESH.create(), e -> {
                protection.startRotation();
                UI.getCurrent().setPollInterval(POLL_MS);
            });
            rotate.setId("start-rotation");
            add(rotate, new H3("Raw-data downloads"), new Paragraph("Downloading a stored sample needs this grant, "
                    + "whatever the user's roles (end users and auditors see results only unless granted). Each "
                    + "grant, revocation and download is in the ledger."), grantToolbar(), grants);
            configureGrants();
        }
        addAttachListener(e -> e.getUI().addPollListener(p -> refresh()));
        refresh();
    }

    void refresh() {
        var status = protection.keyStatus();
        keys.setText("Active key: " + status.activeKey() + " · configured: " + String.join(", ", status.keys())
                + " · " + status.stores().stream().map(s -> s.label() + " per key: " + perKey(s.byKey()))
                .collect(Collectors.joining(" · ")) + " · purged samples: " + status.purged());
        var rotation = status.rotation();
        progress.setValue(rotation.fraction());
        progressText.setText(rotation.running()
                ? "Re-encrypting: " + rotation.done() + " of " + rotation.total() + " done, " + rotation.failed()
                + " failed"
                : status.pending() == 0 ? "Everything stored is encrypted with the active key."
                : status.stores().stream().filter(s -> s.pending() > 0).map(s -> s.pending() + " " + s.label())
                .collect(Collectors.joining(", ")) + " still wait for the active key."
                + (rotation.failed() > 0 ? " " + rotation.failed() + " failed in the last run (see the log)." : ""));
        if (!rotation.running()) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private static String perKey(Map<String, Long> byKey) {
        return byKey.isEmpty() ? "nothing stored" : new TreeMap<>(byKey).entrySet().stream()
                .map(e -> (e.getKey().equals(EncryptedStore.PLAIN) ? "not yet encrypted" : e.getKey()) + " "
                        + e.getValue()).collect(Collectors.joining(", "));
    }

    private HorizontalLayout grantToolbar() {
        var user = new TextField();
        user.setPlaceholder("user name");
        user.setId("grant-user");
        var grant = new Button("Grant download access", VaadinIcon.KEY.create(), e -> new ReasonDialog(
                "Allow " + user.getValue() + " to download raw samples", "They will be able to download any stored "
                + "sample of the models they can see, each time with a reason.", "Reason", "Grant", reason -> {
                    protection.grant(user.getValue(), reason);
                    grants.getDataProvider().refreshAll();
                    Notifications.success(user.getValue() + " may now download raw samples.");
                }).open());
        grant.setId("grant-access");
        var revoke = new Button("Revoke", VaadinIcon.BAN.create(), e -> {
            var selected = grants.asSingleSelect().getValue();
            if (selected != null) {
                new ReasonDialog("Revoke " + selected.username() + "'s download access", "Downloads already made "
                        + "stay in the ledger.", "Reason", "Revoke", reason -> {
                            protection.revoke(selected.username(), reason);
                            grants.getDataProvider().refreshAll();
                        }).open();
            }
        });
        revoke.setId("revoke-access");
        return new HorizontalLayout(user, grant, revoke);
    }

    private void configureGrants() {
        grants.setId("grant-grid");
        grants.setHeight("16rem");
        grants.addColumn(AccessGrant::username).setHeader("User").setSortProperty("username").setAutoWidth(true);
        grants.addColumn(AccessGrant::grantedBy).setHeader("Granted by").setAutoWidth(true);
        grants.addColumn(g -> DatasetsPanel.TIME.format(g.grantedAt())).setHeader("Since").setAutoWidth(true);
        grants.addColumn(AccessGrant::reason).setHeader("Reason").setFlexGrow(1);
        grants.setEmptyStateText("Nobody may download raw samples.");
        grants.setItems(q -> protection.grants(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) protection.countGrants());
    }
}
