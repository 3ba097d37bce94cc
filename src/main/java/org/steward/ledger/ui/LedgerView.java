package org.steward.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerRecord;
import org.steward.ledger.VerificationResult;

/** The compliance ledger for auditors: every recorded event, filtered and paged by the database, and its check. */
@Route("ledger")
@PageTitle("Compliance ledger · Steward")
@Menu(title = "Compliance ledger", order = 50, icon = "vaadin:book")
@RolesAllowed({"AUDITOR", "RISK_OFFICER", "ADMIN"})
public class LedgerView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int PAYLOAD_SHOWN = 120;

    private final Ledger ledger;
    final TextField actor = new TextField("Actor");
    final TextField action = new TextField("Action");
    final TextField subject = new TextField("Subject starts with");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<LedgerRecord> grid = new Grid<>();
    final Span result = new Span();
    private LedgerFilter filter = LedgerFilter.NONE;

    LedgerView(Ledger ledger) {
        this.ledger = ledger;
        addClassName("steward-view");
        setSizeFull();
        configureGrid();
        add(header(), result, filters(), grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout header() {
        var verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE.create(), e -> verify());
        verify.setId("ledger-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Compliance ledger"));
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addToEnd(verify);
        result.setId("ledger-verify-result");
        result.addClassName("steward-badge");
        result.getStyle().set("font-size", "var(--lumo-font-size-l)").set("padding", "var(--lumo-space-s)");
        result.setVisible(false);
        return header;
    }

    private HorizontalLayout filters() {
        actor.setId("ledger-actor");
        actor.setPlaceholder("User name");
        action.setId("ledger-action");
        action.setPlaceholder("e.g. MODEL_REGISTERED");
        subject.setId("ledger-subject");
        subject.setPlaceholder("e.g. model:12 or user:");
        for (var field : new TextField[] {actor, action, subject}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> applyFilter());
        }
        from.setId("ledger-from");
        to.setId("ledger-to");
        for (var date : new DatePicker[] {from, to}) {
            date.setClearButtonVisible(true);
            date.setHelperText("UTC");
            date.addValueChangeListener(e -> applyFilter());
        }
        var bar = new HorizontalLayout(actor, action, subject, from, to);
        bar.addClassName("steward-filters");
        return bar;
    }

    private void configureGrid() {
        grid.setId("ledger-grid");
        grid.addColumn(LedgerRecord::seq).setHeader("#").setKey("seq").setSortProperty("seq").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader("Time").setKey("time")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerRecord::actor).setHeader("Actor").setKey("actor").setSortProperty("actor")
                .setAutoWidth(true);
        grid.addColumn(LedgerRecord::action).setHeader("Action").setKey("action").setSortProperty("action")
                .setAutoWidth(true);
        grid.addColumn(LedgerRecord::subject).setHeader("Subject").setKey("subject").setSortProperty("subject")
                .setAutoWidth(true);
        grid.addColumn(e -> abbreviate(e.payload(), PAYLOAD_SHOWN)).setHeader("Payload").setKey("payload")
                .setFlexGrow(3).setTooltipGenerator(LedgerRecord::payload);
        grid.addColumn(e -> e.hash().substring(0, Math.min(12, e.hash().length())) + "…").setHeader("Hash")
                .setKey("hash").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(LedgerRecord::hash);
        grid.setEmptyStateText("No ledger entries match.");
        grid.setItems(query -> ledger.entries(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) ledger.count(filter)).setIdentifierProvider(LedgerRecord::seq);
    }

    private void applyFilter() {
        filter = new LedgerFilter(actor.getValue(), action.getValue(), subject.getValue(), from.getValue(),
                to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void verify() {
        VerificationResult verdict = ledger.verify();
        result.setText(verdict.message());
        result.getElement().setAttribute("data-level", verdict.intact() ? "low" : "high");
        result.setVisible(true);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
