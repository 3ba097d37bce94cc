package org.steward.cost.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.base.DomainException;
import org.steward.base.ui.Notifications;
import org.steward.cost.CostCsv;
import org.steward.cost.CostCsvMapping;
import org.steward.cost.CostLedger;
import org.steward.cost.ImportCheck;
import org.steward.cost.ImportedCost;
import org.steward.register.ModelView;

/**
 * Imports a cost CSV into a model: upload, map the columns (suggested from the header), check and preview, then
 * import. The check lists every problem with its line; the import stores every row or, with any problem, none.
 */
class ImportDialog extends Dialog {

    static final int PREVIEW_ROWS = 20;

    final Upload upload;
    final ComboBox<String> date = column("Date or month", "import-date");
    final ComboBox<String> start = column("Start", "import-start");
    final ComboBox<String> end = column("End", "import-end");
    final ComboBox<String> category = column("Category", "import-category");
    final ComboBox<String> amount = column("Amount", "import-amount");
    final ComboBox<String> currency = column("Currency", "import-currency");
    final ComboBox<String> version = column("Version", "import-version");
    final ComboBox<String> note = column("Note", "import-note");
    final ComboBox<String> key = column("Import key", "import-key");
    final Checkbox credits = new Checkbox("Allow negative amounts (credits, refunds)");
    final Span summary = new Span();
    final Div problems = new Div();
    final Grid<ImportedCost> preview = new Grid<>();
    final Button check = new Button("Check");
    final Button store = new Button("Import");

    private final CostLedger ledger;
    private final ModelView model;
    private byte @Nullable [] bytes;
    private String fileName = "upload.csv";

    ImportDialog(CostLedger ledger, ModelView model, Runnable imported) {
        this.ledger = ledger;
        this.model = model;
        setHeaderTitle("Import costs of " + model.name());
        setWidth("56rem");
        upload = new Upload(UploadHandler.inMemory((meta, data) -> getUI().ifPresentOrElse(
                ui -> ui.access(() -> received(meta.fileName(), data)), () -> received(meta.fileName(), data))));
        upload.setId("import-file");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        credits.setId("import-credits");
        summary.setId("import-summary");
        problems.setId("import-problems");
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.setHeight("14rem");
        preview.addColumn(ImportedCost::line).setHeader("Line").setAutoWidth(true);
        preview.addColumn(r -> r.start().equals(r.end()) ? r.start().toString() : r.start() + " – " + r.end())
                .setHeader("Period").setAutoWidth(true);
        preview.addColumn(r -> r.category().label()).setHeader("Category").setAutoWidth(true);
        preview.addColumn(r -> r.currency().getCurrencyCode() + " " + r.amount().toPlainString()).setHeader("Amount")
                .setAutoWidth(true);
        preview.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setFlexGrow(1);
        check.setId("import-check");
        check.addClickListener(e -> check());
        store.setId("import-store");
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setEnabled(false);
        store.addClickListener(e -> store(imported));
        var form = new FormLayout(date, start, end, category, amount, currency, version, note, key, credits);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        add(upload, form, summary, problems, preview);
        getFooter().add(new Button("Close", e -> close()), check, store);
        setMapping(List.of());
    }

    private static ComboBox<String> column(String label, String id) {
        var box = new ComboBox<String>(label);
        box.setId(id);
        box.setClearButtonVisible(true);
        return box;
    }

    void received(String name, byte[] data) {
        bytes = data;
        fileName = name;
        try {
            var header = CostCsv.header(data);
            setMapping(header);
            var suggested = CostCsvMapping.suggest(header);
            date.setValue(suggested.date());
            start.setValue(suggested.start());
            end.setValue(suggested.end());
            category.setValue(suggested.category().isEmpty() ? null : suggested.category());
            amount.setValue(suggested.amount().isEmpty() ? null : suggested.amount());
            currency.setValue(suggested.currency());
            version.setValue(suggested.version());
            note.setValue(suggested.note());
            key.setValue(suggested.key());
            summary.setText(name + ": columns " + String.join(", ", header) + ". Check the mapping, then Check.");
        } catch (DomainException e) {
            summary.setText(e.getMessage());
        }
    }

    private void setMapping(List<String> header) {
        for (var box : List.of(date, start, end, category, amount, currency, version, note, key)) {
            box.setItems(header);
            box.setEnabled(!header.isEmpty());
        }
        check.setEnabled(!header.isEmpty());
        store.setEnabled(false);
    }

    CostCsvMapping mapping() {
        return new CostCsvMapping(null, version.getValue(), date.getValue(), start.getValue(), end.getValue(),
                category.getValue(), amount.getValue(), currency.getValue(),
                ledger.reportingCurrency().getCurrencyCode(), note.getValue(), key.getValue(), credits.getValue());
    }

    private void check() {
        if (bytes == null) {
            return;
        }
        try {
            show(ledger.checkImport(model.id(), bytes, mapping()));
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(ImportCheck result) {
        problems.removeAll();
        result.problems().forEach(p -> problems.add(new Div(p)));
        preview.setItems(result.rows().stream().limit(PREVIEW_ROWS).toList());
        summary.setText(result.ok()
                ? result.rows().size() + " rows ready to import" + (result.rows().size() > PREVIEW_ROWS
                        ? "; the first " + PREVIEW_ROWS + " are shown." : ".")
                : result.problems().size() + " problem(s) in " + result.dataRows() + " rows; nothing will be "
                        + "imported until they are fixed.");
        store.setEnabled(result.ok());
    }

    private void store(Runnable imported) {
        if (bytes == null) {
            return;
        }
        try {
            var result = ledger.importCsv(model.id(), bytes, fileName, mapping());
            Notifications.success("Imported " + result.rows().size() + " costs from " + fileName + ".");
            close();
            imported.run();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
            check();
        }
    }
}
