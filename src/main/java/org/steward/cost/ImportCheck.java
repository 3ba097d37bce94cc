package org.steward.cost;

import java.util.List;

/**
 * What a cost import would store: the file's header, its checked rows and every problem found, each naming its
 * line. An import with any problem stores nothing.
 */
public record ImportCheck(List<String> header, List<ImportedCost> rows, List<String> problems, int dataRows) {

    public static final int PROBLEMS_SHOWN = 50;

    public ImportCheck {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
