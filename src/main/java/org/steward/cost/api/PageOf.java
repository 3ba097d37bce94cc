package org.steward.cost.api;

import java.util.List;

/** One page of a list: the items, the page number (from 0), the page size used and the total across all pages. */
record PageOf<T>(List<T> items, int page, int size, long total) {
}
