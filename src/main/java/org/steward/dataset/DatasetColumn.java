package org.steward.dataset;

/**
 * One column of a stored sample.
 *
 * @param role what the mapping made of it: output, outcome, split, sensitive, feature, sensitive feature or
 *             unmapped
 */
public record DatasetColumn(String name, ColumnKind kind, String role) {
}
