package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.steward.base.InvalidInputException;

/** The import check: every kind of bad row is reported with its line, and a file with any problem gives no rows. */
class CostCsvTest {

    private static final CostCsvMapping MAPPING = new CostCsvMapping("model", "version", "date", null, null,
            "category", "amount", "currency", null, "note", "key", false);

    /** Models 1 ("Churn") and 2 ("Fraud"); version 1.0 of model 1; key "stored-1" already imported for model 1. */
    private static final CostCsv.Context CONTEXT = new CostCsv.Context() {
        private final Map<String, Long> models = Map.of("Churn", 1L, "Fraud", 2L, "1", 1L, "2", 2L);

        @Override
        public Optional<Long> model(@Nullable String cell) {
            return cell == null ? Optional.empty() : Optional.ofNullable(models.get(cell));
        }

        @Override
        public boolean versionExists(long modelId, String label) {
            return modelId == 1 && label.equals("1.0");
        }

        @Override
        public boolean keyStored(long modelId, String key) {
            return modelId == 1 && key.equals("stored-1");
        }

        @Override
        public ExchangeRates rates() {
            return new ExchangeRates(Currency.getInstance("EUR")).with(Currency.getInstance("USD"),
                    YearMonth.of(2026, 1), new BigDecimal("0.9"));
        }
    };

    private static ImportCheck check(String csv, CostCsvMapping mapping) {
        return CostCsv.check(csv.getBytes(StandardCharsets.UTF_8), mapping, CONTEXT);
    }

    private static ImportCheck check(String csv) {
        return check(csv, MAPPING);
    }

    private static final String HEADER = "model,version,date,category,amount,currency,note,key\n";

    @Test
    void good_rows_are_read_with_days_months_categories_and_currencies() {
        var result = check(HEADER
                + "Churn,1.0,2026-03-15,INFERENCE_COMPUTE,120.50,EUR,GPU hours,a1\n"
                + "2,,2026-02,Training compute,99,USD,,a2\n"
                + "Fraud,,2026-04,data-acquisition-and-labelling,1,USD,\"labels, batch 7\",a3\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        var first = result.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.modelId()).isEqualTo(1);
        assertThat(first.version()).isEqualTo("1.0");
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(first.end()).isEqualTo(first.start());
        assertThat(first.amount()).isEqualByComparingTo("120.50");
        var month = result.rows().get(1);
        assertThat(month.start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(month.category()).isEqualTo(CostCategory.TRAINING_COMPUTE);
        assertThat(result.rows().get(2).category()).isEqualTo(CostCategory.DATA);
        assertThat(result.rows().get(2).note()).isEqualTo("labels, batch 7");
    }

    @Test
    void every_bad_cell_is_named_with_its_line_and_nothing_is_kept() {
        var result = check(HEADER
                + "Churn,,2026-02-30,INFERENCE_COMPUTE,10,EUR,,b1\n"
                + "Nobody,,2026-03-01,STORAGE,10,EUR,,b2\n"
                + "Churn,9.9,2026-03-01,STORAGE,10,EUR,,b3\n"
                + "Churn,,2026-03-01,Coffee,10,EUR,,b4\n"
                + "Churn,,2026-03-01,STORAGE,-5,EUR,,b5\n"
                + "Churn,,2026-03-01,STORAGE,\"1,200.00\",EUR,,b6\n"
                + "Churn,,2026-03-01,STORAGE,10,EURO,,b7\n"
                + "Churn,,2025-12-01,STORAGE,10,USD,,b8\n"
                + "Churn,,2026-03-01,STORAGE,10,EUR,,stored-1\n"
                + "Churn,,2026-03-01,STORAGE,10,EUR,,b1\n"
                + "Churn,,2026-03-01,STORAGE,10,EUR,,ok\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(11);
        assertThat(result.problems()).containsExactly(
                "Line 2: '2026-02-30' is not a date; write it as yyyy-MM-dd (a day) or yyyy-MM (a month).",
                "Line 3: unknown model 'Nobody'; use the exact name or id of a model you may record costs of.",
                "Line 4: model 'Churn' has no version '9.9'.",
                "Line 5: unknown category 'Coffee'; use one of TRAINING_COMPUTE, INFERENCE_COMPUTE, STORAGE, DATA, "
                        + "LICENCES, PEOPLE, MONITORING, OTHER.",
                "Line 6: the amount -5 is negative; allow credits to import refunds.",
                "Line 7: '1,200.00' is not an amount; write it like 1234.56, with a dot and no thousands separator.",
                "Line 8: 'EURO' is not an ISO 4217 currency code such as EUR.",
                "Line 9: no exchange rate for USD in 2025-12; set one under Portfolio → Exchange rates first.",
                "Line 10: already imported (import key 'stored-1').",
                "Line 11: duplicate of line 2 (import key 'b1').");
    }

    @Test
    void credits_are_accepted_when_allowed() {
        var credits = new CostCsvMapping("model", null, "date", null, null, "category", "amount", "currency", null,
                null, null, true);
        var result = check("model,date,category,amount,currency\nChurn,2026-03-01,OTHER,-25.10,EUR\n", credits);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().getFirst().amount()).isEqualByComparingTo("-25.10");
    }

    @Test
    void rows_without_a_key_are_keyed_by_their_content_so_a_repeated_line_is_a_duplicate() {
        var noKey = new CostCsvMapping("model", null, "date", null, null, "category", "amount", "currency", null,
                null, null, false);
        var result = check("model,date,category,amount,currency\n"
                + "Churn,2026-03-01,OTHER,25,EUR\nChurn,2026-03-01,OTHER,25,EUR\nFraud,2026-03-01,OTHER,25,EUR\n",
                noKey);
        assertThat(result.problems()).singleElement().asString().startsWith("Line 3: duplicate of line 2");
    }

    @Test
    void periods_need_both_ends_in_order() {
        var periods = new CostCsvMapping("model", null, null, "start", "end", "category", "amount", null, "EUR", null,
                null, false);
        var result = check("model,start,end,category,amount\nChurn,2026-03-10,2026-03-01,OTHER,1\n"
                + "Churn,2026-03-01,,OTHER,1\nChurn,2026-01-15,2026-02-14,OTHER,1\n", periods);
        assertThat(result.problems()).containsExactly(
                "Line 2: the period ends (2026-03-01) before it starts (2026-03-10).",
                "Line 3: no end; write it as yyyy-MM-dd (a day) or yyyy-MM (a month).");
    }

    @Test
    void a_mapping_that_does_not_fit_the_file_is_refused_before_any_row() {
        var wrong = new CostCsvMapping("model", null, "when", null, null, "category", "amount", null, null, null,
                null, false);
        var result = check("model,date,category,amount\nChurn,2026-03-01,OTHER,1\n", wrong);
        assertThat(result.problems()).containsExactly(
                "Map a currency column or choose the currency of every amount.",
                "The file has no column 'when'; its columns are model, date, category, amount.");
        var both = new CostCsvMapping(null, null, "date", "date", "date", "category", "amount", null, "EUR", null,
                null, false);
        assertThat(check("date,category,amount\n2026-03-01,OTHER,1\n", both).problems())
                .containsExactly("Map either a date column or both a start and an end column.");
    }

    @Test
    void ragged_rows_empty_files_and_non_utf8_bytes_are_explained() {
        assertThat(check(HEADER + "Churn,,2026-03-01,OTHER\n").problems())
                .containsExactly("Line 2: 4 fields, but the header has 8; quote values that contain commas.");
        assertThat(check(HEADER).problems()).containsExactly("The file has a header but no rows.");
        assertThatThrownBy(() -> CostCsv.check(new byte[0], MAPPING, CONTEXT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> CostCsv.check(new byte[] {(byte) 0xC3, (byte) 0x28}, MAPPING, CONTEXT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void the_suggested_mapping_uses_conventional_names() {
        var m = CostCsvMapping.suggest(java.util.List.of("Model", "Month", "Category", "Amount", "Currency", "Note",
                "line_id"));
        assertThat(Set.of(m.model(), m.date(), m.category(), m.amount(), m.currency(), m.note(), m.key()))
                .containsExactlyInAnyOrder("Model", "Month", "Category", "Amount", "Currency", "Note", "line_id");
        assertThat(m.start()).isNull();
    }
}
