package org.steward.card.api;

import java.util.List;
import org.steward.card.CatalogueEntry;

/** One page of the card catalogue: the entries, the page number (from 0), the page size used and the total. */
record CardPage(List<CatalogueEntry> items, int page, int size, long total) {
}
