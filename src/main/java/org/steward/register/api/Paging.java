package org.steward.register.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.steward.base.Validation;

/** Checks paging and sort parameters and turns them into a page request; larger pages are capped. */
final class Paging {

    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static PageRequest of(int page, int size) {
        return of(page, size, "", Set.of());
    }

    /**
     * {@code sort} is {@code property[,asc|desc]}, repeatable ({@code name,asc,reviewDate,desc}); an empty spec
     * leaves the order to the service. Only {@code sortable} properties are accepted.
     */
    static PageRequest of(int page, int size, String sort, Set<String> sortable) {
        var errors = new LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1) {
            errors.put("size", "must be between 1 and " + MAX_SIZE);
        }
        var orders = new ArrayList<Sort.Order>();
        for (var token : sort.split(",")) {
            var t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            var direction = t.toLowerCase(Locale.ROOT);
            if (direction.equals("asc") || direction.equals("desc")) {
                if (orders.isEmpty()) {
                    errors.put("sort", "name a property before the direction, e.g. name,asc");
                    break;
                }
                var last = orders.removeLast();
                orders.add(direction.equals("asc") ? last.with(Sort.Direction.ASC) : last.with(Sort.Direction.DESC));
            } else if (sortable.contains(t)) {
                orders.add(Sort.Order.asc(t));
            } else {
                errors.put("sort", "cannot sort by '" + t + "'; use one of "
                        + String.join(", ", sortable.stream().sorted().toList()));
                break;
            }
        }
        Validation.throwIfAny(errors);
        return PageRequest.of(page, Math.min(size, MAX_SIZE), orders.isEmpty() ? Sort.unsorted() : stable(orders));
    }

    /** Adds the id as the last order, so that equal values do not move between pages. */
    private static Sort stable(List<Sort.Order> orders) {
        var sort = Sort.by(orders);
        return sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort;
    }
}
