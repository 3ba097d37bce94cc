package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.dataset.SampleCsv.binary;
import static org.steward.dataset.SampleCsv.binaryLines;
import static org.steward.dataset.SampleCsv.binaryMapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.base.InvalidInputException;
import org.steward.dataset.ScoredSample.Feature;

/** Reading scored samples: good files of each task, and a precise error for every kind of bad input. */
class SampleReaderTest {

    @TempDir
    Path dir;

    private ScoredSample read(String csv, ColumnMapping mapping) {
        return SampleReader.read(SampleCsv.write(dir, "sample.csv", csv), mapping);
    }

    private Map<String, String> problems(String csv, ColumnMapping mapping) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> read(csv, mapping));
        assertThat(thrown).as("an InvalidInputException").isNotNull();
        return thrown.fieldErrors();
    }

    private AbstractStringAssert<?> problem(String csv, ColumnMapping mapping, String field) {
        var errors = problems(csv, mapping);
        assertThat(errors).containsKey(field);
        return assertThat(errors.get(field));
    }

    /** The binary sample of 8 rows with one line (row {@code row}, file line {@code row + 1}) replaced. */
    private static String binaryWith(int row, String line) {
        var lines = new ArrayList<>(binaryLines(8));
        lines.set(row, line);
        return String.join("\n", lines) + "\n";
    }

    private static String binaryEdited(UnaryOperator<List<String>> edit) {
        return String.join("\n", edit.apply(new ArrayList<>(binaryLines(8)))) + "\n";
    }

    private static ColumnMapping mapping(TaskType task, String output, String outcome, List<String> classes,
                                         String positive, double threshold) {
        var m = binaryMapping();
        return new ColumnMapping(task, output, outcome, m.split(), m.sensitive(), m.features(), classes, positive,
                threshold, m.dropped());
    }


    @Test
    void a_binary_sample_is_read_column_by_column() {
        var sample = read(binary(8), binaryMapping());

        assertThat(sample.task()).isEqualTo(TaskType.BINARY);
        assertThat(sample.rows()).isEqualTo(8);
        assertThat(sample.output()).containsExactly(0.0, 0.13, 0.26, 0.39, 0.52, 0.65, 0.78, 0.91);
        assertThat(sample.outcome()).containsExactly(1, 0, 0, 1, 0, 0, 1, 0);
        assertThat(sample.split()).containsExactly(Split.TEST, Split.HOLDOUT, Split.TRAIN, Split.TRAIN,
                Split.TEST, Split.HOLDOUT, Split.TRAIN, Split.TRAIN);
        assertThat(sample.sensitive()).containsOnlyKeys("sex");
        assertThat(sample.sensitive().get("sex")).containsExactly("F", "F", "F", "F", "M", "M", "M", "M");
        assertThat(sample.classes()).containsExactly("no", "yes");
        assertThat(sample.positiveClass()).isEqualTo("yes");
        assertThat(sample.threshold()).isEqualTo(0.5);
        assertThat(sample.rowsOf(Split.TEST)).containsExactly(0, 4);
    }

    @Test
    void numeric_features_are_numbers_and_the_others_categories() {
        var features = read(binary(8), binaryMapping()).features();

        assertThat(features).extracting(Feature::name).containsExactly("age", "income", "region");
        assertThat(features.get(0).isNumeric()).isTrue();
        assertThat(features.get(0).numeric()).containsExactly(20, 27, 34, 41, 48, 55, 62, 69);
        assertThat(features.get(2).isNumeric()).isFalse();
        assertThat(features.get(2).categorical())
                .containsExactly("north", "south", "east", "north", "south", "east", "north", "south");
    }

    @Test
    void a_multiclass_sample_holds_class_indexes_in_declared_order() {
        var csv = """
                predicted,actual,split,sex,x
                cat,cat,test,F,1
                dog,bird,test,M,2
                bird,dog,train,F,3
                cat,dog,test,M,4
                """;
        var mapping = new ColumnMapping(TaskType.MULTICLASS, "predicted", "actual", "split", List.of("sex"),
                List.of("x"), List.of("cat", "dog", "bird"), null, 0.5, List.of());

        var sample = read(csv, mapping);

        assertThat(sample.output()).containsExactly(0, 1, 2, 0);
        assertThat(sample.outcome()).containsExactly(0, 2, 1, 1);
        assertThat(sample.positiveClass()).isNull();
    }

    @Test
    void a_regression_sample_holds_numbers() {
        var csv = """
                prediction,demand,split,store_size
                12.5,11,test,small
                -3e2,-310.25,test,large
                7,8,train,small
                """;
        var mapping = new ColumnMapping(TaskType.REGRESSION, "prediction", "demand", "split", List.of(),
                List.of("store_size"), List.of(), null, 0.5, List.of());

        var sample = read(csv, mapping);

        assertThat(sample.output()).containsExactly(12.5, -300, 7);
        assertThat(sample.outcome()).containsExactly(11, -310.25, 8);
        assertThat(sample.classes()).isEmpty();
        assertThat(sample.sensitive()).isEmpty();
    }

    @Test
    void a_utf8_byte_order_mark_is_skipped() {
        var sample = read("\uFEFF" + binary(8), binaryMapping());

        assertThat(sample.features().getFirst().name()).isEqualTo("age");
        assertThat(sample.rows()).isEqualTo(8);
    }

    @Test
    void quoted_fields_may_hold_commas_quotes_and_line_breaks() {
        var csv = binaryEdited(lines -> {
            lines.set(1, "20,1000,\"north, coast\",F,0.0,yes,test");
            lines.set(2, "27,1037,\"south \"\"inland\"\"\nvalley\",F,0.13,no,holdout");
            lines.set(3, "34,1074,east,F,abc,no,train");
            return lines;
        });

        var region = problemsOr(csv).get("output");

        // row 3 starts on line 5: row 2 spans lines 3 and 4
        assertThat(region).contains("row 3 (line 5) 'abc'");
        var fixed = csv.replace(",abc,", ",0.26,");
        var sample = read(fixed, binaryMapping());
        assertThat(sample.features().get(2).categorical())
                .startsWith("north, coast", "south \"inland\"\nvalley", "east");
    }

    private Map<String, String> problemsOr(String csv) {
        return problems(csv, binaryMapping());
    }

    @Test
    void labels_match_declared_classes_by_numeric_value_too() {
        var csv = """
                p,y,split,g
                0.9,1.0,test,a
                0.2,0,test,b
                0.4,1,train,a
                """;
        var mapping = new ColumnMapping(TaskType.BINARY, "p", "y", "split", List.of("g"), List.of(),
                List.of("0", "1"), "1", 0.5, List.of());

        assertThat(read(csv, mapping).outcome()).containsExactly(1, 0, 1);
    }

    @Test
    void unmapped_columns_are_not_checked() {
        var csv = binaryEdited(lines -> {
            lines.replaceAll(l -> l + ",");
            lines.set(0, lines.getFirst() + "comment");
            return lines;
        });

        assertThat(read(csv, binaryMapping()).rows()).isEqualTo(8);
    }

    @Test
    void a_sensitive_attribute_may_also_be_a_feature() {
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), List.of("sex", "age"),
                List.of("age", "sex", "region"), m.classes(), m.positiveClass(), m.threshold(), m.dropped());

        var sample = read(binary(8), mapping);

        assertThat(sample.sensitive()).containsOnlyKeys("sex", "age");
        assertThat(sample.features()).extracting(Feature::name).containsExactly("age", "sex", "region");
    }

    @Test
    void names_and_labels_in_the_mapping_are_read_without_surrounding_spaces() {
        var m = binaryMapping();
        var spaced = new ColumnMapping(m.task(), " score", "label ", " split ", List.of(" sex"),
                List.of("age "), List.of(" no", "yes "), " yes", 0.5, List.of());

        assertThat(read(binary(8), spaced).classes()).containsExactly("no", "yes");
    }


    @Test
    void a_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte() {
        var latin1 = binaryWith(3, "41,1111,Mälardalen,F,0.39,yes,train").getBytes(StandardCharsets.ISO_8859_1);
        var file = SampleCsv.write(dir, "latin1.csv", latin1);

        assertThatThrownBy(() -> SampleReader.read(file, binaryMapping()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("file", "The file is not valid UTF-8 text (first bad byte "
                                + "near line 4); save it as UTF-8 CSV.")));
    }

    @Test
    void a_bad_byte_far_into_a_large_file_is_found_on_its_line() {
        var lines = new ArrayList<>(binaryLines(5000));
        lines.set(4321, "41,1111,S\u00e3o Paulo,F,0.39,yes,train");
        var bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CsvSource.firstBadLine(SampleCsv.write(dir, "big.csv", bytes))).isEqualTo(4322);
    }

    @Test
    void a_utf16_file_is_refused() {
        var file = SampleCsv.write(dir, "utf16.csv", binary(8).getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> SampleReader.read(file, binaryMapping()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("file"))
                        .startsWith("The file is not UTF-8 text").contains("UTF-16"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(problems("", binaryMapping())).containsOnlyKeys("file")
                .hasEntrySatisfying("file", m -> assertThat(m).startsWith("The file is empty"));
    }

    @Test
    void a_header_without_rows_is_refused() {
        assertThat(problems(SampleCsv.BINARY_HEADER + "\n", binaryMapping()))
                .containsExactly(Map.entry("file", "The file has a header but no data rows."));
    }

    @Test
    void duplicate_headers_are_named() {
        var csv = binaryEdited(lines -> {
            lines.replaceAll(l -> l + ",x,y");
            lines.set(0, SampleCsv.BINARY_HEADER + ",age,sex");
            return lines;
        });

        assertThat(problems(csv, binaryMapping())).containsExactly(Map.entry("file",
                "The header names 'age', 'sex' more than once; give every column a distinct name."));
    }

    @Test
    void a_column_without_a_name_is_refused() {
        var csv = binaryEdited(lines -> {
            lines.replaceAll(l -> l + ",1");
            lines.set(0, SampleCsv.BINARY_HEADER + ", ");
            return lines;
        });

        problem(csv, binaryMapping(), "file").isEqualTo("Column 8 of the header has no name; name every column.");
    }

    @Test
    void ragged_rows_are_listed_with_their_lines() {
        var csv = binaryEdited(lines -> {
            lines.set(2, "27,1037,south,F,0.13,no");
            lines.set(6, lines.get(6) + ",extra");
            return lines;
        });

        problem(csv, binaryMapping(), "file").isEqualTo("The header has 7 columns, but 2 rows have a different "
                + "number of fields: row 2 (line 3) 6 fields, row 6 (line 7) 8 fields. Quote values that "
                + "contain commas.");
    }

    @Test
    void a_semicolon_separated_file_gets_a_hint() {
        problem("a;b;c\n1;2;3\n", binaryMapping(), "file").contains("';'").contains("comma-separated");
    }


    @Test
    void a_mapped_column_missing_from_the_header_is_named_with_the_columns_there_are() {
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), "probability", m.outcome(), m.split(), List.of("gender"),
                m.features(), m.classes(), m.positiveClass(), m.threshold(), List.of("email"));

        var errors = problems(binary(8), mapping);

        assertThat(errors).containsOnlyKeys("output", "sensitive[gender]", "dropped[email]");
        assertThat(errors.get("output")).isEqualTo("column 'probability' is not in the file; its columns are "
                + "age, income, region, sex, score, label, split");
    }

    @Test
    void a_column_mapped_twice_is_refused() {
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), "score", "score", m.split(), m.sensitive(),
                List.of("age", "split", "age"), m.classes(), m.positiveClass(), m.threshold(), m.dropped());

        var errors = problems(binary(8), mapping);

        assertThat(errors.get("outcome")).isEqualTo("column 'score' is already mapped as the output; map each "
                + "column once (only a sensitive attribute may also be a feature)");
        assertThat(errors.get("features[split]")).startsWith("column 'split' is already mapped as the split");
        assertThat(errors.get("features[age]")).isEqualTo("column 'age' is listed twice");
    }

    @Test
    void a_dropped_column_cannot_be_mapped() {
        var m = binaryMapping();
        var mapping = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(),
                m.features(), m.classes(), m.positiveClass(), m.threshold(), List.of("region"));

        problem(binary(8), mapping, "dropped[region]").isEqualTo("column 'region' is mapped as a feature; a "
                + "dropped column is never stored, so it cannot be used");
    }

    @Test
    void a_binary_model_needs_two_classes_a_positive_one_among_them_and_a_threshold_inside_0_1() {
        var errors = problems(binary(8), mapping(TaskType.BINARY, "score", "label", List.of("no", "yes", "maybe"),
                "si", 1.0));

        assertThat(errors.get("classes")).isEqualTo("a binary model needs exactly 2 declared classes (it has 3)");
        assertThat(errors.get("positiveClass")).isEqualTo("'si' is not one of the declared classes (no, yes, maybe)");
        assertThat(errors.get("threshold"))
                .isEqualTo("the decision threshold must be between 0 and 1 (exclusive); it is 1.0");
    }

    @Test
    void a_threshold_of_zero_or_not_a_number_is_refused() {
        assertThat(problems(binary(8), mapping(TaskType.BINARY, "score", "label", List.of("no", "yes"), "yes", 0)))
                .containsOnlyKeys("threshold");
        assertThat(problems(binary(8), mapping(TaskType.BINARY, "score", "label", List.of("no", "yes"), "yes",
                Double.NaN))).containsOnlyKeys("threshold");
    }

    @Test
    void a_binary_model_needs_a_positive_class() {
        problem(binary(8), mapping(TaskType.BINARY, "score", "label", List.of("no", "yes"), null, 0.5),
                "positiveClass").startsWith("name the positive class");
    }

    @Test
    void a_multiclass_model_needs_three_classes() {
        problem(binary(8), mapping(TaskType.MULTICLASS, "region", "label", List.of("no", "yes"), null, 0.5),
                "classes").isEqualTo("a multiclass model needs at least 3 declared classes (it has 2); use "
                + "binary for two");
    }

    @Test
    void a_regression_model_has_no_classes() {
        problem(binary(8), mapping(TaskType.REGRESSION, "score", "income", List.of("a"), null, 0.5), "classes")
                .isEqualTo("a regression model has no classes; leave them empty");
    }

    @Test
    void classes_are_declared_once_and_not_blank() {
        var errors = problems(binary(8), mapping(TaskType.MULTICLASS, "region", "label",
                List.of("no", "yes", "yes", " "), null, 0.5));

        assertThat(errors.get("classes")).contains("a class label is blank").contains("declared once");
    }

    @Test
    void declared_groups_must_belong_to_a_sensitive_attribute() {
        problem(binary(8), binaryMapping(Map.of("region", List.of("north"))), "groups[region]")
                .isEqualTo("'region' is not one of the sensitive attributes");
    }


    @Test
    void blank_nan_and_infinite_cells_in_mapped_columns_are_listed_with_rows_and_lines() {
        var csv = binaryEdited(lines -> {
            lines.set(1, "20,1000,north,F,,yes,test");
            lines.set(2, "27,1037,south,F,NaN,no,holdout");
            lines.set(3, "34,1074,east,,0.26,no,train");
            lines.set(4, ",1111,north,F,0.39,yes,train");
            lines.set(5, "48,1148,NA,M,0.52,no,test");
            lines.set(6, "55,1185,east,M,0.65,null,holdout");
            lines.set(7, "62,Infinity,north,M,0.78,yes, ");
            return lines;
        });

        var errors = problems(csv, binaryMapping());

        assertThat(errors.get("output")).isEqualTo("column 'score' has 2 blank or missing values (blank, NaN, NA, "
                + "null or Infinity): row 1 (line 2) blank, row 2 (line 3) 'NaN'; fill them in or remove those rows");
        assertThat(errors.get("sensitive[sex]")).contains("1 blank or missing value ").contains("row 3 (line 4) blank");
        assertThat(errors.get("features[age]")).contains("row 4 (line 5) blank");
        assertThat(errors.get("features[region]")).contains("row 5 (line 6) 'NA'");
        assertThat(errors.get("outcome")).contains("row 6 (line 7) 'null'");
        assertThat(errors.get("features[income]")).contains("row 7 (line 8) 'Infinity'");
        assertThat(errors.get("split")).contains("row 7 (line 8) blank");
    }

    @Test
    void only_the_first_five_rows_are_listed() {
        var csv = binaryEdited(lines -> {
            for (int row = 1; row <= 8; row++) {
                lines.set(row, lines.get(row).replaceFirst(",[0-9.]+,(yes|no),", ",,$1,"));
            }
            return lines;
        });

        problem(csv, binaryMapping(), "output").isEqualTo("column 'score' has 8 blank or missing values (blank, "
                + "NaN, NA, null or Infinity): row 1 (line 2) blank, row 2 (line 3) blank, row 3 (line 4) blank, "
                + "row 4 (line 5) blank, row 5 (line 6) blank and 3 more; fill them in or remove those rows");
    }

    @Test
    void a_binary_output_must_be_a_number() {
        problem(binaryWith(3, "34,1074,east,F,high,no,train"), binaryMapping(), "output")
                .isEqualTo("column 'score' must hold the probability of class 'yes' (a number from 0 to 1); 1 "
                        + "value is not a number: row 3 (line 4) 'high'");
    }

    @Test
    void a_probability_outside_0_1_is_refused() {
        var csv = binaryEdited(lines -> {
            lines.set(2, "27,1037,south,F,1.3,no,holdout");
            lines.set(5, "48,1148,south,M,-0.01,no,test");
            return lines;
        });

        problem(csv, binaryMapping(), "output").isEqualTo("column 'score' must hold probabilities from 0 to 1; 2 "
                + "values are outside: row 2 (line 3) '1.3', row 5 (line 6) '-0.01'");
    }

    @Test
    void regression_outputs_and_outcomes_must_be_numbers() {
        var csv = """
                prediction,demand,split
                12.5,11,test
                about 3,4,test
                7,lots,train
                """;
        var mapping = new ColumnMapping(TaskType.REGRESSION, "prediction", "demand", "split", List.of(),
                List.of(), List.of(), null, 0.5, List.of());

        var errors = problems(csv, mapping);

        assertThat(errors.get("output")).isEqualTo("column 'prediction' must hold numbers for a regression model; "
                + "1 value is not: row 2 (line 3) 'about 3'");
        assertThat(errors.get("outcome")).endsWith("row 3 (line 4) 'lots'");
    }

    @Test
    void outcome_labels_outside_the_declared_classes_are_refused() {
        problem(binaryWith(6, "55,1185,east,M,0.65,maybe,holdout"), binaryMapping(), "outcome")
                .isEqualTo("column 'label' holds 1 label outside the declared classes (no, yes): "
                        + "row 6 (line 7) 'maybe'");
    }

    @Test
    void predicted_labels_outside_the_declared_classes_are_refused() {
        var csv = """
                predicted,actual,split,sex
                cat,cat,test,F
                fish,dog,test,M
                """;
        var mapping = new ColumnMapping(TaskType.MULTICLASS, "predicted", "actual", "split", List.of("sex"),
                List.of(), List.of("cat", "dog", "bird"), null, 0.5, List.of());

        problem(csv, mapping, "output").isEqualTo("column 'predicted' holds 1 predicted label outside the "
                + "declared classes (cat, dog, bird): row 2 (line 3) 'fish'");
    }

    @Test
    void split_values_other_than_train_test_holdout_are_refused() {
        problem(binaryWith(2, "27,1037,south,F,0.13,no,validation"), binaryMapping(), "split")
                .isEqualTo("column 'split' must say train, test or holdout; 1 value does not: "
                        + "row 2 (line 3) 'validation'");
    }

    @Test
    void split_values_are_read_in_any_case() {
        var csv = binary(8).replace(",test", ",TEST").replace(",train", ",Train");

        assertThat(read(csv, binaryMapping()).rowsOf(Split.TEST)).containsExactly(0, 4);
    }

    @Test
    void several_problems_are_reported_together() {
        var csv = binaryEdited(lines -> {
            lines.set(1, "20,1000,north,F,7,yes,test");
            lines.set(2, "27,1037,south,F,0.13,perhaps,holdout");
            lines.set(3, "34,1074,east,F,0.26,no,dev");
            return lines;
        });

        assertThat(problems(csv, binaryMapping())).containsOnlyKeys("output", "outcome", "split");
    }


    @Test
    void a_sample_without_test_rows_is_refused() {
        problem(binary(8).replace(",test", ",holdout"), binaryMapping(), "split")
                .isEqualTo("no row of column 'split' is in the test split (it has train 4, holdout 4); metrics are "
                        + "computed on the rows marked test");
    }

    @Test
    void a_sensitive_attribute_with_one_group_among_the_test_rows_is_refused() {
        var csv = binaryWith(5, "48,1148,south,F,0.52,no,test");

        problem(csv, binaryMapping(), "sensitive[sex]").isEqualTo("column 'sex' has only one group ('F') among "
                + "the test rows; a fairness audit compares at least two");
    }

    @Test
    void a_declared_group_without_test_rows_is_an_empty_group() {
        problem(binary(8), binaryMapping(Map.of("sex", List.of("F", "M", "X"))), "sensitive[sex]")
                .isEqualTo("group 'X' of column 'sex' has no rows in the test split");
    }

    @Test
    void values_outside_the_declared_groups_are_refused() {
        problem(binary(8), binaryMapping(Map.of("sex", List.of("F"))), "sensitive[sex]")
                .startsWith("column 'sex' holds 4 values outside the declared groups (F): row 5 (line 6) 'M'");
    }

    @Test
    void a_binary_class_missing_from_the_test_outcomes_is_refused() {
        var csv = binaryWith(1, "20,1000,north,F,0.0,no,test");

        problem(csv, binaryMapping(), "outcome").isEqualTo("no test row of column 'label' has outcome 'yes'; AUC "
                + "and the error rates need both classes among the test rows");
    }
}
