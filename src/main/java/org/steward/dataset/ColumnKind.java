package org.steward.dataset;

/** What the values of a column look like. */
public enum ColumnKind {
    /** Every value is a number. */
    NUMERIC,
    /** Labels or text. */
    CATEGORICAL,
    /** Looks like it identifies a person or a record (e-mail, phone, national ID, name, a unique code): drop it. */
    IDENTIFIER
}
