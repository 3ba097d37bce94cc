package org.steward.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What one column's values look like, gathered row by row without keeping them. */
final class ColumnProfile {

    private static final int DISTINCT_CAP = Inspection.DISTINCT_CAP;
    private static final int PATTERN_SAMPLE = 1000;
    private static final double PATTERN_SHARE = 0.8;
    private static final int UNIQUE_CODES_FROM = 20;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE = Pattern.compile(
            "^(\\+\\d[\\d\\s().-]{6,18}\\d|\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4})$");
    /**
     * US social security numbers, UK national insurance numbers, IBANs, French NIR, Swedish personnummer, Spanish
     * DNI and NIE, Italian codici fiscali.
     */
    private static final Pattern NATIONAL_ID = Pattern.compile("^(\\d{3}-\\d{2}-\\d{4}"
            + "|[A-CEGHJ-PR-TW-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]"
            + "|[A-Z]{2}\\d{2}[A-Z0-9]{11,30}"
            + "|[12]\\s?\\d{2}\\s?(0[1-9]|1[0-2])\\s?\\d{2}\\s?\\d{3}\\s?\\d{3}\\s?\\d{2}"
            + "|(\\d{2})?\\d{6}[-+]\\d{4}"
            + "|\\d{8}[A-HJ-NP-TV-Z]|[XYZ]\\d{7}[A-HJ-NP-TV-Z]"
            + "|[A-Z]{6}\\d{2}[A-EHLMPR-T]\\d{2}[A-Z]\\d{3}[A-Z])$");
    private static final Set<String> IDENTIFYING_NAMES = Set.of("id", "uuid", "guid", "name", "firstname",
            "lastname", "surname", "fullname", "email", "mail", "phone", "telephone", "tel", "mobile", "ssn", "passport",
            "nino", "iban", "address", "street");
    private static final Set<String> IDENTIFIED_THINGS = Set.of("user", "customer", "client", "patient", "person",
            "account", "applicant", "employee", "member", "record", "row", "case", "subject", "loan", "transaction",
            "application", "contract", "policy", "claim", "order", "household");

    private final String name;
    private final Set<String> distinct = new HashSet<>();
    private boolean manyDistinct;
    private int values;
    private int missing;
    private boolean numeric = true;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private int sampled;
    private int emails;
    private int phones;
    private int nationalIds;

    ColumnProfile(String name) {
        this.name = name;
    }

    void add(String cell) {
        if (Cells.isMissing(cell)) {
            missing++;
            return;
        }
        var value = cell.strip();
        values++;
        if (!manyDistinct && distinct.add(value) && distinct.size() > DISTINCT_CAP) {
            manyDistinct = true;
            distinct.clear();
        }
        var number = Cells.number(value);
        if (Double.isNaN(number)) {
            numeric = false;
        } else {
            min = Math.min(min, number);
            max = Math.max(max, number);
        }
        if (sampled < PATTERN_SAMPLE) {
            sampled++;
            emails += EMAIL.matcher(value).matches() ? 1 : 0;
            phones += PHONE.matcher(value).matches() ? 1 : 0;
            nationalIds += NATIONAL_ID.matcher(value).matches() ? 1 : 0;
        }
    }

    String name() {
        return name;
    }

    boolean isNumeric() {
        return numeric && values > 0;
    }

    /** Whether every value lies in [0, 1], as probabilities do. */
    boolean isProbability() {
        return isNumeric() && min >= 0 && max <= 1;
    }

    int distinctCount() {
        return manyDistinct ? DISTINCT_CAP : distinct.size();
    }

    int missing() {
        return missing;
    }

    /** The distinct values, numbers in numeric order, when there are few enough to list; otherwise empty. */
    List<String> values() {
        if (manyDistinct || distinct.size() > Inspection.MAX_DISTINCT_VALUES) {
            return List.of();
        }
        var sorted = new ArrayList<>(distinct);
        sorted.sort(isNumeric() ? Comparator.comparingDouble(Cells::number) : Comparator.naturalOrder());
        return sorted;
    }

    ColumnKind kind() {
        if (identifierReason() != null) {
            return ColumnKind.IDENTIFIER;
        }
        return isNumeric() ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL;
    }

    /** Why the column looks like a direct identifier, or null when it does not. */
    @Nullable String identifierReason() {
        if (sampled > 0 && emails >= PATTERN_SHARE * sampled) {
            return "looks like e-mail addresses";
        }
        if (sampled > 0 && nationalIds >= PATTERN_SHARE * sampled) {
            return "looks like national ID or account numbers";
        }
        if (sampled > 0 && phones >= PATTERN_SHARE * sampled) {
            return "looks like phone numbers";
        }
        if (identifyingName(name)) {
            return "is named like an identifier";
        }
        if (!isNumeric() && values >= UNIQUE_CODES_FROM && (manyDistinct || distinct.size() == values)) {
            return "has a different value in every row, like a code or a name";
        }
        return null;
    }

    /** Tokens of a column name: {@code customerId}, {@code customer_id} and {@code Customer ID} give customer, id. */
    static List<String> tokens(String name) {
        var spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return java.util.Arrays.stream(spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(t -> !t.isEmpty()).toList();
    }

    private static boolean identifyingName(String name) {
        for (var token : tokens(name)) {
            if (IDENTIFYING_NAMES.contains(token)) {
                return true;
            }
            for (var thing : IDENTIFIED_THINGS) {
                if (token.equals(thing + "id") || token.equals(thing + "name") || token.equals(thing + "no")) {
                    return true;
                }
            }
        }
        return false;
    }
}
