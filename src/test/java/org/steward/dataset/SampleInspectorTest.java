package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.dataset.Inspection.Column;

/** A first look at an uploaded file: column kinds, distinct values, preview, suggested mapping, identifier warnings. */
class SampleInspectorTest {

    @TempDir
    Path dir;

    /** A credit sample with direct identifiers: 30 rows, so that unique codes stand out. */
    private Inspection credit() {
        var lines = new ArrayList<String>();
        lines.add("customer_id,email,phone,full_name,age,income,region,gender,pd_score,default,split");
        for (int i = 0; i < 30; i++) {
            lines.add("C" + (1000 + i) + ",person" + i + "@example.org,+44 20 7946 " + (1000 + i) + ",Person " + i
                    + "," + (20 + i) + "," + (1500 + 10 * i) + "," + List.of("north", "south").get(i % 2) + ","
                    + (i % 3 == 0 ? "female" : "male") + "," + (i / 30.0) + "," + (i % 4 == 0 ? "1" : "0") + ","
                    + (i % 2 == 0 ? "test" : "train"));
        }
        return SampleInspector.inspect(SampleCsv.lines(dir, "credit.csv", lines.toArray(String[]::new)), "credit.csv");
    }

    @Test
    void columns_get_their_kind_and_low_cardinality_columns_their_values() {
        var inspection = credit();

        assertThat(inspection.rows()).isEqualTo(30);
        assertThat(inspection.fileName()).isEqualTo("credit.csv");
        assertThat(inspection.columns()).extracting(Column::name).containsExactly("customer_id", "email", "phone",
                "full_name", "age", "income", "region", "gender", "pd_score", "default", "split");
        assertThat(inspection.column("age").kind()).isEqualTo(ColumnKind.NUMERIC);
        assertThat(inspection.column("age").distinct()).isEqualTo(30);
        assertThat(inspection.column("age").values()).as("more than 20 distinct values are not listed").isEmpty();
        assertThat(inspection.column("region").kind()).isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(inspection.column("region").values()).containsExactly("north", "south");
        assertThat(inspection.column("default").values()).containsExactly("0", "1");
    }

    @Test
    void direct_identifiers_are_flagged_warned_about_and_suggested_for_dropping() {
        var inspection = credit();

        assertThat(inspection.columns()).filteredOn(c -> c.kind() == ColumnKind.IDENTIFIER).extracting(Column::name)
                .containsExactly("customer_id", "email", "phone", "full_name");
        assertThat(inspection.suggestion().dropped()).containsExactly("customer_id", "email", "phone", "full_name");
        assertThat(inspection.warnings()).hasSize(4);
        assertThat(inspection.warnings().get(1)).isEqualTo("Column 'email' looks like e-mail addresses: a direct "
                + "identifier of people or records. Drop it unless an analysis needs it; dropped columns are never "
                + "stored.");
        assertThat(inspection.warnings().get(2)).contains("'phone' looks like phone numbers");
    }

    @Test
    void the_mapping_is_guessed_from_names_and_values() {
        var s = credit().suggestion();

        assertThat(s.task()).isEqualTo(TaskType.BINARY);
        assertThat(s.output()).isEqualTo("pd_score");
        assertThat(s.outcome()).isEqualTo("default");
        assertThat(s.split()).isEqualTo("split");
        assertThat(s.sensitive()).as("a raw age with 30 values makes no groups; it stays a feature")
                .containsExactly("gender");
        assertThat(s.features()).containsExactly("age", "income", "region");
        assertThat(s.classes()).containsExactly("0", "1");
        assertThat(s.positiveClass()).isEqualTo("1");
        assertThat(s.threshold()).isEqualTo(0.5);
    }

    @Test
    void an_outcome_without_a_telling_name_is_the_last_two_valued_column_that_is_no_sensitive_attribute() {
        var file = SampleCsv.lines(dir, "loans.csv", "applicant_id,age,sex,age_band,split,score,repaid",
                "A1,23,female,under_30,test,0.61,yes", "A2,45,male,30_to_50,train,0.32,no",
                "A3,61,female,over_50,test,0.77,yes", "A4,38,male,30_to_50,holdout,0.45,no",
                "A5,52,female,over_50,train,0.58,yes", "A6,29,male,under_30,test,0.41,no");

        var s = SampleInspector.inspect(file, "loans.csv").suggestion();

        assertThat(s.outcome()).isEqualTo("repaid");
        assertThat(s.classes()).containsExactly("no", "yes");
        assertThat(s.positiveClass()).isEqualTo("yes");
        assertThat(s.sensitive()).containsExactly("sex", "age_band");
        assertThat(s.dropped()).containsExactly("applicant_id");
    }

    @Test
    void a_binary_outcome_gives_the_classes_and_a_positive_class() {
        var file = SampleCsv.write(dir, "s.csv", SampleCsv.binary(40));

        var s = SampleInspector.inspect(file, "s.csv").suggestion();

        assertThat(s.task()).isEqualTo(TaskType.BINARY);
        assertThat(s.output()).isEqualTo("score");
        assertThat(s.outcome()).isEqualTo("label");
        assertThat(s.classes()).containsExactly("no", "yes");
        assertThat(s.positiveClass()).isEqualTo("yes");
        assertThat(s.sensitive()).containsExactly("sex");
        assertThat(s.features()).containsExactly("age", "income", "region");
        assertThat(s.dropped()).isEmpty();
    }

    @Test
    void a_numeric_outcome_with_many_values_suggests_regression() {
        var lines = new ArrayList<String>();
        lines.add("store,y_pred,y_true,set");
        for (int i = 0; i < 50; i++) {
            lines.add("s" + (i % 3) + "," + (100 + 3.5 * i) + "," + (98 + 3.7 * i) + "," + (i % 5 == 0 ? "test" : "train"));
        }

        var s = SampleInspector.inspect(SampleCsv.lines(dir, "r.csv", lines.toArray(String[]::new)), "r.csv")
                .suggestion();

        assertThat(s.task()).isEqualTo(TaskType.REGRESSION);
        assertThat(s.output()).isEqualTo("y_pred");
        assertThat(s.outcome()).isEqualTo("y_true");
        assertThat(s.split()).isEqualTo("set");
        assertThat(s.classes()).isEmpty();
        assertThat(s.features()).containsExactly("store");
    }

    @Test
    void three_to_twenty_labels_suggest_multiclass() {
        var file = SampleCsv.lines(dir, "m.csv", "predicted,label,split", "a,a,test", "b,c,test", "c,b,train",
                "a,a,train");

        var s = SampleInspector.inspect(file, "m.csv").suggestion();

        assertThat(s.task()).isEqualTo(TaskType.MULTICLASS);
        assertThat(s.classes()).containsExactly("a", "b", "c");
        assertThat(s.positiveClass()).isNull();
    }

    @Test
    void the_preview_holds_the_first_ten_rows() {
        var file = SampleCsv.write(dir, "s.csv", SampleCsv.binary(40));

        var preview = SampleInspector.inspect(file, "s.csv").preview();

        assertThat(preview).hasSize(10);
        assertThat(preview.getFirst()).containsExactly("20", "1000", "north", "F", "0.0", "yes", "test");
    }

    @Test
    void missing_values_are_counted_and_warned_about() {
        var file = SampleCsv.lines(dir, "m.csv", "score,label,split", "0.1,,test", "NaN,1,test", "0.3,0,train");

        var inspection = SampleInspector.inspect(file, "m.csv");

        assertThat(inspection.column("score").missing()).isEqualTo(1);
        assertThat(inspection.column("label").missing()).isEqualTo(1);
        assertThat(inspection.warnings()).contains("Column 'score' has 1 blank or missing value; a mapped column "
                + "must have none.");
    }

    @Test
    void column_names_split_into_words() {
        assertThat(ColumnProfile.tokens("customerId")).containsExactly("customer", "id");
        assertThat(ColumnProfile.tokens("Customer ID")).containsExactly("customer", "id");
        assertThat(ColumnProfile.tokens("HTTPStatus_code")).containsExactly("http", "status", "code");
        assertThat(ColumnProfile.tokens("paid")).containsExactly("paid");
    }
}
