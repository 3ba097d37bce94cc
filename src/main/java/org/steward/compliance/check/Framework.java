package org.steward.compliance.check;

import java.util.List;
import java.util.Optional;

/**
 * A compliance framework's checklist as shipped in its data file: identified by {@code code} and {@code revision}
 * (Steward's revision of the checklist), with the {@code edition} of the text it paraphrases; {@code shortTitle} labels
 * table columns and chart bars.
 */
public record Framework(String code, int revision, String title, String shortTitle, String edition, String source,
                        String summary,
                        int attestationDays, Applicability applies, List<Requirement> requirements) {

    public Framework {
        requirements = List.copyOf(requirements);
    }

    public Optional<Requirement> requirement(String code) {
        return requirements.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
