package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Columns whose values look like e-mail addresses, phone numbers or national ids are flagged as direct identifiers
 * by their values alone (neutral names, fewer rows than the every-row-different rule needs).
 */
class IdentifierPatternsTest {

    private static ColumnProfile profile(List<String> values) {
        var profile = new ColumnProfile("contact");
        values.forEach(profile::add);
        return profile;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "e-mail            | ana.perez@example.org;j.smith+tag@mail.example.co.uk | looks like e-mail addresses",
            "E.164 phone       | +44 20 7946 0958;+4915112345678                      | looks like phone numbers",
            "US phone          | (555) 123-4567;555.123.4567                          | looks like phone numbers",
            "US SSN            | 123-45-6789;987-65-4321                              | looks like national ID or account numbers",
            "UK NINO           | AB 12 34 56 C;JG103759A                              | looks like national ID or account numbers",
            "IBAN              | DE89370400440532013000;GB29NWBK60161331926819        | looks like national ID or account numbers",
            "French NIR        | 1 85 05 78 006 084 36;285127510812345                | looks like national ID or account numbers",
            "Swedish number    | 811218-9876;19811218-9876                            | looks like national ID or account numbers",
            "Spanish DNI, NIE  | 12345678Z;X1234567L                                  | looks like national ID or account numbers",
            "Italian CF        | RSSMRA85M01H501Z;VRDLGU70A41F205X                    | looks like national ID or account numbers"})
    void values_that_identify_people_are_flagged(String kind, String values, String reason) {
        var profile = profile(List.of(values.split(";")));

        assertThat(profile.identifierReason()).as(kind).isEqualTo(reason);
        assertThat(profile.kind()).isEqualTo(ColumnKind.IDENTIFIER);
    }

    @Test
    void ordinary_values_are_not_flagged() {
        assertThat(profile(List.of("north", "south", "east")).identifierReason()).isNull();
        assertThat(profile(List.of("0.42", "0.13", "1200", "2026-01-31")).identifierReason()).isNull();
        assertThat(profile(List.of("A1", "B2", "low", "high")).identifierReason()).isNull();
    }

    @Test
    void a_few_identifiers_among_many_ordinary_values_are_not_enough() {
        var values = new java.util.ArrayList<>(List.of("ana@example.org"));
        for (int i = 0; i < 9; i++) {
            values.add(i % 2 == 0 ? "yes" : "no");
        }
        assertThat(profile(values).identifierReason()).isNull();
    }
}
