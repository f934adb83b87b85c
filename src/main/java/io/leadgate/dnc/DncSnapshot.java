package io.leadgate.dnc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every list a node holds, at one moment: immutable, so a lookup reads one consistent state while a reload or a change
 * builds the next one aside and swaps it in.
 */
public final class DncSnapshot {

    public static final DncSnapshot EMPTY = new DncSnapshot(Map.of());

    /** A list with its numbers as loaded. */
    public record Loaded(DncList list, DncSet numbers) {

        public boolean contains(long number) {
            return numbers.contains(number);
        }
    }

    private final Map<String, Loaded> byId;
    private final Loaded[] all;

    private DncSnapshot(Map<String, Loaded> byId) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
        this.all = this.byId.values().toArray(Loaded[]::new);
    }

    public Optional<Loaded> get(String listId) {
        return Optional.ofNullable(byId.get(listId));
    }

    /** Every list, in id order. */
    public Collection<Loaded> lists() {
        return byId.values();
    }

    /** The lists that hold the number, in id order. */
    public List<Loaded> matches(long number) {
        List<Loaded> matched = null;
        for (Loaded loaded : all) {
            if (loaded.numbers().contains(number)) {
                if (matched == null) {
                    matched = new ArrayList<>(2);
                }
                matched.add(loaded);
            }
        }
        return matched == null ? List.of() : matched;
    }

    DncSnapshot with(Loaded loaded) {
        Map<String, Loaded> copy = new TreeMap<>(byId);
        copy.put(loaded.list().id(), loaded);
        return new DncSnapshot(copy);
    }

    DncSnapshot without(String listId) {
        if (!byId.containsKey(listId)) {
            return this;
        }
        Map<String, Loaded> copy = new TreeMap<>(byId);
        copy.remove(listId);
        return new DncSnapshot(copy);
    }
}
