package org.steward.card.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.steward.card.CardCatalogue;
import org.steward.card.CatalogueEntry;

/**
 * The catalogue of published model cards of deployed models (for full-register readers also approved ones), searched
 * by the database.
 */
@Route("cards")
@PageTitle("Model cards · Steward")
@Menu(title = "Model cards", order = 3, icon = "vaadin:open-book")
@PermitAll
public class CardCatalogueView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<CatalogueEntry> grid = new Grid<>();
    private final CardCatalogue catalogue;

    CardCatalogueView(CardCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("steward-view");
        setSizeFull();
        search.setId("card-search");
        search.setPlaceholder("Search by name, description or domain");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("card-catalogue");
        grid.addColumn(CatalogueEntry::modelName).setHeader("Model").setFlexGrow(2);
        grid.addColumn(CatalogueEntry::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CatalogueEntry::businessDomain).setHeader("Domain").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.description() == null ? "" : e.description()).setHeader("What it does").setFlexGrow(3)
                .setTooltipGenerator(e -> e.description() == null ? "" : e.description());
        grid.addColumn(e -> Shown.day(e.publishedAt())).setHeader("Card published").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No published card matches.");
        grid.setItems(q -> catalogue.list(search.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) catalogue.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        var intro = new Paragraph("The cards of the models in use: what each is for, how well it works, who it may "
                + "be less accurate for and how to contest a decision. Select a card to read it.");
        intro.addClassName("steward-muted");
        add(new H2("Model cards"), intro, search, grid);
        setFlexGrow(1, grid);
    }

    private void open(CatalogueEntry entry) {
        getUI().ifPresent(ui -> ui.navigate(PlainCardView.class,
                new RouteParameters(PlainCardView.CARD_ID, String.valueOf(entry.cardId()))));
    }
}
