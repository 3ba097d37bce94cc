package org.steward.card;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.card.CardContent.MetricLine;
import org.steward.card.CardContent.Shortfall;
import org.steward.register.ApprovalStatus;

/**
 * Writes a card in words a person affected by the model can follow: what it is for, what it looks at, how often it
 * is right, who it may be less accurate for, how to contest, how it is doing now. Only stored figures are used; where
 * there are none the sentence says so.
 */
final class PlainLanguage {

    static final String NOT_MEASURED = "How well it works has not been measured yet: there are no validation results.";
    static final String NO_FAIRNESS = "No fairness audit yet: nobody has checked whether it works equally well for "
            + "different groups of people.";
    static final String NOT_MONITORED = "Not monitored in production yet.";
    static final String NOT_DEPLOYED = "Not in use yet: this version has been approved but is not deployed in "
            + "production, so nobody is affected by it yet.";

    private PlainLanguage() {
    }

    static PlainCard of(long cardId, int number, CardContent card, ApprovalStatus inUse, @Nullable String status,
                        @Nullable Instant checkedAt, Markdown markdown) {
        var d = card.details();
        var accuracy = accuracy(card);
        var text = card.text();
        return new PlainCard(cardId, d.modelId(), d.name(), d.version(), number, purpose(card), card.uses()
                .outOfScopeUse(), looksAt(card), howWell(card), accuracy == null ? null : outOf100(accuracy),
                lessAccurateFor(card), contest(card), text.howToContest() == null ? null
                : markdown.html(text.howToContest()), text.limitations() == null ? null
                : markdown.html(text.limitations()), health(inUse, status, checkedAt), lastReview(card),
                d.reviewDate() == null ? null : "Next review due on " + d.reviewDate() + ".", text.contact());
    }

    static String purpose(CardContent card) {
        var u = card.uses();
        var parts = new ArrayList<String>();
        if (u.decisionSupported() != null) {
            parts.add("It helps with this decision: " + sentence(u.decisionSupported()));
        }
        if (u.intendedUse() != null) {
            parts.add("It is meant for: " + sentence(u.intendedUse()));
        }
        if (u.affectedParties() != null) {
            parts.add("It affects: " + sentence(u.affectedParties()));
        }
        return parts.isEmpty() ? "The owner has not described what it is for yet." : String.join(" ", parts);
    }

    static String looksAt(CardContent card) {
        var e = card.explanation();
        if (e != null && !e.features().isEmpty()) {
            var names = e.features().stream().map(f -> f.name().replace('_', ' ')).toList();
            var list = names.size() == 1 ? names.getFirst()
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
            return "It mostly looks at " + list + "." + (e.reliable() ? ""
                    : " This is an estimate that is not fully reliable for this model.");
        }
        if (card.data().training() != null) {
            return "It learned from: " + sentence(card.data().training());
        }
        return "The owner has not described what information it uses yet.";
    }

    static String howWell(CardContent card) {
        var m = card.metrics();
        if (m == null) {
            return NOT_MEASURED;
        }
        var accuracy = accuracyLine(card);
        if (accuracy != null && accuracy.value() != null) {
            var text = "In testing on " + m.rows() + " past cases it was correct about " + outOf100(accuracy.value())
                    + " of 100 times";
            if (accuracy.low() != null && accuracy.high() != null) {
                text += " (most likely between " + outOf100(accuracy.low()) + " and " + outOf100(accuracy.high()) + ")";
            }
            return text + ".";
        }
        var mae = m.lines().stream().filter(l -> l.metric().equals("MAE") && l.value() != null).findFirst();
        if (mae.isPresent()) {
            return "In testing on " + m.rows() + " past cases its predictions were off by about "
                    + String.format(Locale.ROOT, "%.2f", mae.get().value()) + " on average.";
        }
        return "It was tested on " + m.rows() + " past cases; the results are in the full card.";
    }

    static List<String> lessAccurateFor(CardContent card) {
        var f = card.fairness();
        if (f == null) {
            return List.of(NO_FAIRNESS);
        }
        var lines = new ArrayList<String>();
        for (Shortfall s : f.lessAccurateFor()) {
            lines.add(f.lowerIsBetter()
                    ? "It may be less accurate for " + group(s.attribute(), s.group()) + ": its predictions are off by "
                    + String.format(Locale.ROOT, "%.2f", s.value()) + " on average, against "
                    + String.format(Locale.ROOT, "%.2f", s.bestValue()) + " for " + group(s.attribute(), s.bestGroup())
                    + "."
                    : "It may be less accurate for " + group(s.attribute(), s.group()) + ": correct about "
                    + outOf100(s.value()) + " of 100 times, against " + outOf100(s.bestValue()) + " for "
                    + group(s.attribute(), s.bestGroup()) + ".");
        }
        if (lines.isEmpty()) {
            lines.add("The fairness audit of " + day(f.dataset().at()) + " found no group it is clearly less accurate "
                    + "for.");
        }
        if (f.verdict().equals("Fail")) {
            lines.add("The fairness audit found differences between groups beyond the limits of the fairness policy.");
        }
        return lines;
    }

    static String contest(CardContent card) {
        return card.text().howToContest() != null ? "If a decision made with this model affects you, you can contest "
                + "it:" : "The owner has not described how to contest a decision yet; you can contest one with the "
                + "form on this page.";
    }

    /** How the model is doing now: whether this version is in use at all, then its monitoring status. */
    static String health(ApprovalStatus inUse, @Nullable String status, @Nullable Instant at) {
        return switch (inUse) {
            case DEPLOYED -> monitored(status, at);
            case APPROVED -> NOT_DEPLOYED;
            case SUSPENDED -> "Not in use: this version has been suspended.";
            case RETIRED -> "No longer in use: this version has been retired.";
            default -> "Not in use.";
        };
    }

    static String monitored(@Nullable String status, @Nullable Instant at) {
        if (status == null || at == null) {
            return NOT_MONITORED;
        }
        var when = " (checked " + day(at) + ")";
        return switch (status) {
            case "GREEN" -> "Working as expected: the latest check of its use in production found nothing unusual"
                    + when + ".";
            case "AMBER" -> "Being watched: the latest check found that the cases it sees have changed somewhat"
                    + when + "; its owner is looking into it.";
            case "RED" -> "Problems found: the latest check found marked changes in the cases it sees or in how often "
                    + "it is right" + when + "; its owner has been alerted.";
            default -> "Monitoring status " + status + when + ".";
        };
    }

    static String lastReview(CardContent card) {
        var a = card.approval();
        if (a.approvedAt() == null) {
            return "Status: " + a.status() + ".";
        }
        var by = a.approvers().stream().map(x -> x.role().toLowerCase(Locale.ROOT)).distinct().toList();
        return "Last reviewed and approved on " + day(a.approvedAt()) + " by its " + String.join(" and ", by) + ".";
    }

    static @Nullable Double accuracy(CardContent card) {
        var line = accuracyLine(card);
        return line == null ? null : line.value();
    }

    private static @Nullable MetricLine accuracyLine(CardContent card) {
        var m = card.metrics();
        if (m == null) {
            return null;
        }
        return m.lines().stream().filter(l -> l.metric().equals("Accuracy")).findFirst().orElse(null);
    }

    /** 0.8734 → 87: the share out of 100, rounded half up as people round. */
    static int outOf100(double share) {
        return (int) Math.round(share * 100);
    }

    private static String group(String attribute, String group) {
        return "people with " + attribute.replace('_', ' ') + " '" + group + "'";
    }

    private static String sentence(String text) {
        var t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
