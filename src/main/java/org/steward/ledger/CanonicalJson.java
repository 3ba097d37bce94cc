package org.steward.ledger;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON of an event: an object of all its record components (of its {@link GovernanceEvent} properties if
 * it is not a record), keys sorted, no insignificant whitespace, instants and dates as ISO-8601 strings, enums by
 * name. The same event always gives the same text, whatever the order its components were declared or put in.
 */
final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    static String of(GovernanceEvent event) {
        if (event instanceof Record record) {
            return write(plain(record));
        }
        var properties = new TreeMap<String, @Nullable Object>();
        properties.put("actor", event.actor());
        properties.put("at", plain(event.at()));
        properties.put("kind", event.kind());
        properties.put("subject", event.subject());
        properties.put("summary", event.summary());
        return write(properties);
    }

    /** Canonical JSON of any value made of maps, collections, records and scalars. */
    static String write(@Nullable Object value) {
        return JSON.writeValueAsString(plain(value));
    }

    /** The value as JSON-ready maps (sorted), lists, strings, numbers and booleans. */
    private static @Nullable Object plain(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer _, Long _, Short _, Byte _, BigInteger _, BigDecimal _, Double _, Float _ -> value;
            case Character c -> c.toString();
            case Enum<?> e -> e.name();
            case TemporalAccessor t -> t.toString();
            case Duration d -> d.toString();
            case Period p -> p.toString();
            case Optional<?> o -> plain(o.orElse(null));
            case Record r -> components(r);
            case Map<?, ?> m -> {
                var sorted = new TreeMap<String, @Nullable Object>();
                m.forEach((k, v) -> sorted.put(String.valueOf(k), plain(v)));
                yield sorted;
            }
            case Iterable<?> items -> {
                var list = new ArrayList<@Nullable Object>();
                items.forEach(item -> list.add(plain(item)));
                yield list;
            }
            default -> value.getClass().isArray() ? array(value) : value.toString();
        };
    }

    private static Map<String, @Nullable Object> components(Record record) {
        var sorted = new TreeMap<String, @Nullable Object>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            try {
                sorted.put(component.getName(), plain(accessor.invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
            }
        }
        return sorted;
    }

    private static List<@Nullable Object> array(Object array) {
        var list = new ArrayList<@Nullable Object>();
        for (int i = 0; i < Array.getLength(array); i++) {
            list.add(plain(Array.get(array, i)));
        }
        return list;
    }
}
