package org.steward.protection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.steward.base.ui.Notifications;
import org.steward.base.ui.ReasonDialog;
import org.steward.protection.DataProtection;
import org.steward.protection.ProtectionFacts;
import org.steward.register.ModelView;

/** The facts, with edit and legal-hold buttons for the model's owner and risk officers. */
class ProtectionPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DataProtection protection;
    private final ModelView model;
    final DescriptionList facts = new DescriptionList();

    ProtectionPanel(DataProtection protection, ModelView model) {
        this.protection = protection;
        this.model = model;
        setPadding(false);
        setId("protection-tab");
        facts.setId("protection-facts");
        facts.addClassName("steward-facts");
        refresh();
    }

    private void refresh() {
        removeAll();
        var f = protection.facts(model.id());
        var intro = new Paragraph("What the model's scored samples hold and on what basis Steward keeps them. Raw "
                + "samples are purged when the retention period after their upload ends; their hash and the results "
                + "computed from them stay.");
        intro.addClassName("steward-muted");
        facts.removeAll();
        fact("Lawful basis", f.lawfulBasis() == null ? "not recorded" : f.lawfulBasis().label());
        fact("DPIA", f.dpiaReference() == null ? "not recorded"
                : f.dpiaReference() + (f.dpiaDate() == null ? "" : " of " + f.dpiaDate()));
        fact("Data categories", f.dataCategories().isEmpty() ? "not recorded" : String.join(", ", f.dataCategories()));
        fact("Retention of raw samples", f.retentionDays() + " days after upload"
                + (f.retentionFromTier() ? " (default of the model's risk level)" : ""));
        fact("Legal hold", f.legalHold() ? "on since " + TIME.format(f.legalHoldAt()) + " by " + f.legalHoldBy()
                + ": " + f.legalHoldReason() + " (no raw sample is purged)" : "none");
        if (f.updatedBy() != null && f.updatedAt() != null) {
            fact("Recorded by", f.updatedBy() + " on " + TIME.format(f.updatedAt()));
        }
        add(intro, facts);
        if (protection.canEdit(model.id())) {
            add(actions(f));
        }
    }

    private HorizontalLayout actions(ProtectionFacts f) {
        var edit = new Button("Edit facts", VaadinIcon.EDIT.create(),
                e -> new ProtectionDialog(protection, model.id(), f, changed -> refresh()).open());
        edit.setId("edit-protection");
        var hold = new Button(f.legalHold() ? "Lift legal hold" : "Place legal hold", VaadinIcon.LOCK.create(),
                e -> holdDialog(f).open());
        hold.setId("legal-hold");
        return new HorizontalLayout(edit, hold);
    }

    private ReasonDialog holdDialog(ProtectionFacts f) {
        var placing = !f.legalHold();
        return new ReasonDialog(placing ? "Place a legal hold" : "Lift the legal hold", placing
                ? "While the hold is on, no raw sample of this model is purged, neither at the end of its retention "
                + "period nor on an erasure request. Recorded in the ledger."
                : "Purging resumes: samples past their retention period go at the next scheduled purge.",
                "Rationale", placing ? "Place legal hold" : "Lift legal hold", rationale -> {
                    protection.legalHold(model.id(), f.version(), placing, rationale);
                    Notifications.success(placing ? "Legal hold placed." : "Legal hold lifted.");
                    refresh();
                });
    }

    private void fact(String term, String value) {
        facts.add(new Term(term), new Description(value));
    }
}
