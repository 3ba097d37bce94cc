package org.steward.cost;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.base.Sha256;

/**
 * Reads and checks a cost CSV (UTF-8, comma-separated, a header row) against a column mapping: every bad date,
 * amount, category, currency, model or version, every missing exchange rate and every duplicate import key, within
 * the file or already stored, is reported with its line. Nothing here stores anything.
 */
public final class CostCsv {

    public static final String FILE = "file";
    public static final int MAX_ROWS = 50_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** What the check looks up outside the file. */
    public interface Context {

        /** The id of the model a cell names (by exact name or id), or of the import's own model. */
        Optional<Long> model(@Nullable String cell);

        boolean versionExists(long modelId, String label);

        boolean keyStored(long modelId, String key);

        ExchangeRates rates();
    }

    private CostCsv() {
    }

    private static InvalidInputException notCsv(CSVException e) {
        return InvalidInputException.of(FILE, "The file is not valid CSV: " + e.getMessage()
                + ". Check for a quote that is opened and never closed.");
    }

    /** The header of the file, for suggesting a mapping. */
    public static List<String> header(byte[] bytes) {
        try (var parser = parser(bytes)) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw InvalidInputException.of(FILE, "The file is empty; upload a CSV file with a header row.");
            }
            return it.next().stream().map(String::strip).toList();
        } catch (CSVException e) {
            throw notCsv(e);
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps what it cannot parse, e.g. a quote that is never closed
            throw e.getCause() instanceof CSVException csv ? notCsv(csv) : e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportCheck check(byte[] bytes, CostCsvMapping mapping, Context context) {
        try (var parser = parser(bytes)) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw InvalidInputException.of(FILE, "The file is empty; upload a CSV file with a header row.");
            }
            var header = it.next().stream().map(String::strip).toList();
            var problems = new ArrayList<String>();
            var index = columns(header, mapping, problems);
            var rows = new ArrayList<ImportedCost>();
            var keys = new HashMap<String, Long>();
            var count = 0;
            while (it.hasNext() && problems.size() < ImportCheck.PROBLEMS_SHOWN) {
                var record = it.next();
                count++;
                if (count > MAX_ROWS) {
                    problems.add("The file has more than " + MAX_ROWS + " rows; split it into smaller imports.");
                    break;
                }
                if (index != null) {
                    row(record, parser.getCurrentLineNumber(), header.size(), index, mapping, context, keys,
                            problems).ifPresent(rows::add);
                }
            }
            if (count == 0 && problems.isEmpty()) {
                problems.add("The file has a header but no rows.");
            }
            return new ImportCheck(header, problems.isEmpty() ? rows : List.of(), problems, count);
        } catch (CSVException e) {
            throw notCsv(e);
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps what it cannot parse, e.g. a quote that is never closed
            throw e.getCause() instanceof CSVException csv ? notCsv(csv) : e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Map<String, Integer> columns(List<String> header, CostCsvMapping mapping,
                                                          List<String> problems) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        if (mapping.category().isBlank() || mapping.amount().isBlank()) {
            problems.add("Map the category and the amount columns.");
        }
        var hasDate = filled(mapping.date());
        var hasRange = filled(mapping.start()) && filled(mapping.end());
        if (hasDate == hasRange) {
            problems.add("Map either a date column or both a start and an end column.");
        }
        if (!filled(mapping.currency()) && !filled(mapping.defaultCurrency())) {
            problems.add("Map a currency column or choose the currency of every amount.");
        } else if (!filled(mapping.currency()) && Money.currency(mapping.defaultCurrency()).isEmpty()) {
            problems.add("'" + mapping.defaultCurrency() + "' is not an ISO 4217 currency code such as EUR.");
        }
        for (var c : mapping.columns()) {
            if (!index.containsKey(c)) {
                problems.add("The file has no column '" + c + "'; its columns are " + String.join(", ", header)
                        + ".");
            }
        }
        return problems.isEmpty() ? index : null;
    }

    private static Optional<ImportedCost> row(CSVRecord record, long line, int width, Map<String, Integer> index,
                                              CostCsvMapping m, Context context, Map<String, Long> keys,
                                              List<String> problems) {
        if (record.size() != width) {
            problems.add("Line " + line + ": " + record.size() + " fields, but the header has " + width
                    + "; quote values that contain commas.");
            return Optional.empty();
        }
        var at = "Line " + line + ": ";
        var before = problems.size();
        var modelCell = cell(record, index, m.model());
        var model = context.model(modelCell);
        // an explicit key is checked even on an otherwise bad row, so that a later copy of it is found too
        var keyCell = cell(record, index, m.key());
        if (keyCell != null && model.isPresent() && !uniqueKey(model.get(), keyCell, line, at, context, keys,
                problems)) {
            return Optional.empty();
        }
        if (model.isEmpty()) {
            problems.add(at + "unknown model '" + modelCell + "'; use the exact name or id of a model you may "
                    + "record costs of.");
        }
        var version = cell(record, index, m.version());
        if (version != null && model.isPresent() && !context.versionExists(model.get(), version)) {
            problems.add(at + "model '" + modelCell + "' has no version '" + version + "'.");
        }
        LocalDate start = null;
        LocalDate end = null;
        if (filled(m.date())) {
            var date = cell(record, index, m.date());
            start = date(date, false, at, "date", problems);
            end = start == null ? null : date(date, true, at, "date", problems);
        } else {
            start = date(cell(record, index, m.start()), false, at, "start", problems);
            end = date(cell(record, index, m.end()), true, at, "end", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(at + "the period ends (" + end + ") before it starts (" + start + ").");
            }
        }
        var categoryCell = cell(record, index, m.category());
        var category = categoryCell == null ? Optional.<CostCategory>empty() : CostCategory.parse(categoryCell);
        if (category.isEmpty()) {
            problems.add(at + "unknown category '" + (categoryCell == null ? "" : categoryCell) + "'; use one of "
                    + String.join(", ", java.util.Arrays.stream(CostCategory.values()).map(Enum::name).toList())
                    + ".");
        }
        var amount = amount(cell(record, index, m.amount()), m.allowCredits(), at, problems);
        var currencyCell = filled(m.currency()) ? cell(record, index, m.currency()) : m.defaultCurrency();
        var currency = currencyCell == null ? Optional.<Currency>empty() : Money.currency(currencyCell);
        if (currency.isEmpty()) {
            problems.add(at + "'" + (currencyCell == null ? "" : currencyCell) + "' is not an ISO 4217 currency "
                    + "code such as EUR.");
        }
        if (problems.size() > before || model.isEmpty() || start == null || end == null || amount == null
                || category.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        for (var month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            if (context.rates().rate(currency.get(), month).isEmpty()) {
                problems.add(at + "no exchange rate for " + currency.get().getCurrencyCode() + " in " + month
                        + "; set one under Portfolio → Exchange rates first.");
                return Optional.empty();
            }
        }
        var key = keyCell != null ? keyCell : Sha256.hex(String.join("|", String.valueOf(model.get()),
                version == null ? "" : version, start.toString(), end.toString(), category.get().name(),
                amount.toPlainString(), currency.get().getCurrencyCode()));
        if (keyCell == null && !uniqueKey(model.get(), key, line, at, context, keys, problems)) {
            return Optional.empty();
        }
        var note = cell(record, index, m.note());
        if (note != null && note.length() > CostEntry.NOTE_MAX) {
            problems.add(at + "the note is longer than " + CostEntry.NOTE_MAX + " characters.");
            return Optional.empty();
        }
        return Optional.of(new ImportedCost(line, model.get(), version, start, end, category.get(), amount,
                currency.get(), note, key));
    }

    private static boolean uniqueKey(long model, String key, long line, String at, Context context,
                                     Map<String, Long> keys, List<String> problems) {
        if (key.length() > CostEntry.KEY_MAX) {
            problems.add(at + "the import key is longer than " + CostEntry.KEY_MAX + " characters.");
            return false;
        }
        var first = keys.putIfAbsent(model + "|" + key, line);
        if (first != null) {
            problems.add(at + "duplicate of line " + first + " (import key '" + key + "').");
            return false;
        }
        if (context.keyStored(model, key)) {
            problems.add(at + "already imported (import key '" + key + "').");
            return false;
        }
        return true;
    }

    private static @Nullable LocalDate date(@Nullable String text, boolean end, String at, String what,
                                            List<String> problems) {
        if (text == null) {
            problems.add(at + "no " + what + "; write it as yyyy-MM-dd (a day) or yyyy-MM (a month).");
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                var month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at + "'" + text + "' is not a " + what + "; write it as yyyy-MM-dd (a day) or yyyy-MM "
                    + "(a month).");
            return null;
        }
    }

    private static @Nullable BigDecimal amount(@Nullable String text, boolean allowCredits, String at,
                                               List<String> problems) {
        if (text == null) {
            problems.add(at + "no amount.");
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(at + "'" + text + "' is not an amount; write it like 1234.56, with a dot and no "
                    + "thousands separator.");
            return null;
        }
        if (amount.signum() < 0 && !allowCredits) {
            problems.add(at + "the amount " + text + " is negative; allow credits to import refunds.");
            return null;
        }
        if (amount.scale() > Money.SCALE || amount.precision() - amount.scale() > 15) {
            problems.add(at + "the amount " + text + " has more than 15 digits before or " + Money.SCALE
                    + " after the point.");
            return null;
        }
        return amount;
    }

    private static @Nullable String cell(CSVRecord record, Map<String, Integer> index, @Nullable String column) {
        if (!filled(column)) {
            return null;
        }
        var value = record.get(index.get(column)).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean filled(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static CSVParser parser(byte[] bytes) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(FILE, "The file is not valid UTF-8 text; save it as UTF-8 CSV.");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get();
    }
}
