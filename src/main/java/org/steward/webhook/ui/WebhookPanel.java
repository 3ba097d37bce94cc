package org.steward.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.steward.base.HasFieldErrors;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.register.ModelView;
import org.steward.webhook.DeliveryView;
import org.steward.webhook.WebhookSettings;

/**
 * The webhook of one model: its URL (the secret is shown once, when it is set), and its deliveries with attempts,
 * last status and error. Only model developers and the model's own business owner see more than a notice.
 */
class WebhookPanel extends VerticalLayout {

    static final String SECRET_FIELD_ID = "webhook-secret";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final WebhookSettings settings;
    private final long modelId;
    final TextField url = new TextField("Webhook URL");
    final Span current = new Span();
    final Grid<DeliveryView> deliveries = new Grid<>();

    WebhookPanel(WebhookSettings settings, ModelView model) {
        this.settings = settings;
        this.modelId = model.id();
        setPadding(false);
        if (!settings.canManage(modelId)) {
            var notice = new Paragraph("Only model developers and the model's business owner ("
                    + model.details().owner() + ") manage its webhook.");
            notice.setId("webhook-not-allowed");
            add(notice);
            return;
        }
        url.setId("webhook-url");
        url.setWidth("40em");
        url.setPlaceholder("https://hooks.example.com/steward");
        url.setHelperText("Every status change of this model's versions is POSTed here, signed with "
                + "X-Steward-Signature: sha256=<HMAC-SHA256 of the body>.");
        var save = new Button("Save and create a new secret", e -> save());
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button("Remove", e -> remove());
        remove.setId("webhook-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var form = new HorizontalLayout(url, save, remove);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        current.setId("webhook-current");
        configureGrid();
        add(current, form, deliveries);
        showCurrent();
    }

    private void configureGrid() {
        deliveries.setId("webhook-deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_COMPACT);
        deliveries.setHeight("20rem");
        deliveries.addColumn(DeliveryView::id).setHeader("#").setKey("id").setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(d -> time(d.createdAt())).setHeader("Queued").setKey("createdAt").setAutoWidth(true);
        deliveries.addColumn(DeliveryView::event).setHeader("Event").setKey("event").setAutoWidth(true);
        deliveries.addComponentColumn(d -> new Badge(d.state().name().toLowerCase(), switch (d.state()) {
            case DELIVERED -> "low";
            case FAILED -> "high";
            default -> "medium";
        })).setHeader("State").setKey("state").setAutoWidth(true);
        deliveries.addColumn(DeliveryView::attempts).setHeader("Attempts").setKey("attempts").setAutoWidth(true);
        deliveries.addColumn(d -> d.lastStatus() == null ? "—" : String.valueOf(d.lastStatus()))
                .setHeader("Last status").setKey("lastStatus").setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error")
                .setKey("lastError").setFlexGrow(2).setTooltipGenerator(d -> d.lastError() == null ? "" : d.lastError());
        deliveries.setEmptyStateText("Nothing sent yet.");
        deliveries.setItems(q -> settings.deliveries(modelId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) settings.countDeliveries(modelId)).setIdentifierProvider(DeliveryView::id);
    }

    private void showCurrent() {
        var webhook = settings.webhook(modelId);
        current.setText(webhook.map(w -> "Sending to " + w.url() + " (set by " + w.createdBy() + " on "
                + time(w.createdAt()) + ")").orElse("No webhook is set up for this model."));
        webhook.ifPresent(w -> url.setValue(w.url()));
    }

    private void save() {
        url.setInvalid(false);
        try {
            var created = settings.configure(modelId, url.getValue());
            showCurrent();
            deliveries.getDataProvider().refreshAll();
            secretDialog(created.secret()).open();
        } catch (DomainException e) {
            if (e instanceof HasFieldErrors f && f.fieldErrors().containsKey("url")) {
                url.setErrorMessage(f.fieldErrors().get("url"));
                url.setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
        }
    }

    private void remove() {
        settings.remove(modelId);
        url.clear();
        showCurrent();
        deliveries.getDataProvider().refreshAll();
    }

    private static Dialog secretDialog(String secret) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Webhook secret");
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("36em");
        var field = new TextField("Signing secret");
        field.setId(SECRET_FIELD_ID);
        field.setValue(secret);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setWidthFull();
        var warning = new Paragraph("This is shown once: it will not be shown again. Configure your receiver to "
                + "verify X-Steward-Signature with it; if it is lost, save the webhook again for a new one.");
        warning.getStyle().set("font-weight", "600");
        var done = new Button("I have copied it", e -> dialog.close());
        done.setId(SECRET_FIELD_ID + "-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field, warning);
        dialog.getFooter().add(done);
        return dialog;
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "—" : TIME.format(at);
    }
}
