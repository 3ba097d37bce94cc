package org.steward.card;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the model's developer or owner writes on a card, in markdown; the rest of the card is composed from the
 * register and its evidence. Blank parts are null.
 *
 * @param licence               the licence the model is used under, e.g. "Proprietary, internal use only"
 * @param contact               whom to ask about the model, e.g. a team mailbox
 * @param limitations           limitations, known failure modes and uncertainty (required on every card)
 * @param ethicalConsiderations risks to people and how they are mitigated
 * @param caveats               caveats and recommendations for users of the model's output
 * @param howToContest          how a person affected by a decision can contest it
 */
public record CardText(@Size(max = SHORT_MAX) @Nullable String licence,
                       @Size(max = SHORT_MAX) @Nullable String contact,
                       @Size(max = TEXT_MAX) @Nullable String limitations,
                       @Size(max = TEXT_MAX) @Nullable String ethicalConsiderations,
                       @Size(max = TEXT_MAX) @Nullable String caveats,
                       @Size(max = TEXT_MAX) @Nullable String howToContest) {

    public static final int SHORT_MAX = 200;
    public static final int TEXT_MAX = 8000;
    public static final CardText EMPTY = new CardText(null, null, null, null, null, null);

    public CardText {
        licence = clean(licence);
        contact = clean(contact);
        limitations = clean(limitations);
        ethicalConsiderations = clean(ethicalConsiderations);
        caveats = clean(caveats);
        howToContest = clean(howToContest);
    }

    /** Strips the text, keeps line breaks and tabs, drops other control characters; blank becomes null. */
    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var kept = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        var stripped = kept.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
