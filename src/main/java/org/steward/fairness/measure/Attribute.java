package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

/**
 * One sensitive attribute of the audited rows: the index into {@code groups} of each row's group.
 *
 * @param name         e.g. "sex", or "sex × age_band" for an intersection
 * @param group        per row, the index of its group in {@code groups}
 * @param groups       the group names, e.g. "female", or "female × under_30" for an intersection
 * @param intersection whether this is a pair of attributes
 */
public record Attribute(String name, int[] group, List<String> groups, boolean intersection) {

    /** The separator of the parts of an intersection's name and of its groups' names. */
    public static final String CROSS = " × ";

    public Attribute {
        groups = List.copyOf(groups);
        for (int g : group) {
            if (g < 0 || g >= groups.size()) {
                throw new IllegalArgumentException("attribute " + name + ": group index " + g + " out of range");
            }
        }
    }

    /** Groups the rows by their value, groups in alphabetical order. */
    public static Attribute of(String name, String[] values) {
        var firstSeen = new HashMap<String, Integer>();
        var seen = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            seen[i] = firstSeen.computeIfAbsent(values[i], v -> firstSeen.size());
        }
        var names = new ArrayList<>(firstSeen.keySet());
        Collections.sort(names);
        var sorted = new int[names.size()];
        for (int g = 0; g < names.size(); g++) {
            sorted[firstSeen.get(names.get(g))] = g;
        }
        var group = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            group[i] = sorted[seen[i]];
        }
        return new Attribute(name, group, names, false);
    }

    /** The pair of two attributes: each row in the group "a × b"; only combinations that occur are groups. */
    public static Attribute cross(Attribute a, Attribute b) {
        if (a.rows() != b.rows()) {
            throw new IllegalArgumentException("attributes " + a.name + " and " + b.name + " differ in length");
        }
        int width = b.groups.size();
        var used = new boolean[a.groups.size() * width];
        for (int i = 0; i < a.rows(); i++) {
            used[a.group[i] * width + b.group[i]] = true;
        }
        var compact = new int[used.length];
        var names = new ArrayList<String>();
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                compact[c] = names.size();
                names.add(a.groups.get(c / width) + CROSS + b.groups.get(c % width));
            }
        }
        var group = new int[a.rows()];
        for (int i = 0; i < group.length; i++) {
            group[i] = compact[a.group[i] * width + b.group[i]];
        }
        return new Attribute(a.name + CROSS + b.name, group, names, true);
    }

    public int rows() {
        return group.length;
    }

    /** Rows per group. */
    public int[] sizes() {
        var sizes = new int[groups.size()];
        for (int g : group) {
            sizes[g]++;
        }
        return sizes;
    }
}
