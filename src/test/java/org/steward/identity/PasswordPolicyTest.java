package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(PasswordPolicy.problem("tidal-orchard-quilt-47", "alice", "Alice Example")).isNull();
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_enough() {
        assertThat(PasswordPolicy.problem("kv8#tq2!mz4", "alice", null)).contains("at least 12");
        assertThat(PasswordPolicy.problem("kv8#tq2!mz4w", "alice", null)).isNull();
    }

    @Test
    void more_than_bcrypt_reads_is_refused() {
        assertThat(PasswordPolicy.problem("a-b-c-d-e-".repeat(7) + "xy", "alice", null)).isNull();
        assertThat(PasswordPolicy.problem("a-b-c-d-e-".repeat(7) + "xyz", "alice", null)).contains("at most 72");
        // accented letters take two bytes each
        assertThat(PasswordPolicy.problem("é".repeat(30) + "abcdefghijklm", "alice", null)).contains("at most 72");
    }

    @Test
    void commonly_breached_passwords_are_refused_whatever_their_case() {
        assertThat(PasswordPolicy.problem("Password1234", "alice", null)).contains("commonly used");
        assertThat(PasswordPolicy.problem("QWERTY123456", "alice", null)).contains("commonly used");
        assertThat(PasswordPolicy.problem("steward-demo", "alice", null)).isNotNull();
    }

    @Test
    void the_user_name_or_name_in_the_password_is_refused() {
        assertThat(PasswordPolicy.problem("my-name-is-Alice77", "alice", null)).contains("user name");
        assertThat(PasswordPolicy.problem("admin-of-the-year-7", "ada", "Ada Admin")).contains("your name");
        // short parts of a name (under four letters) do not count
        assertThat(PasswordPolicy.problem("ada-lovelace-rules-7", "a.example", "Ada Li")).isNull();
    }

    @Test
    void too_few_different_characters_are_refused() {
        assertThat(PasswordPolicy.problem("abababababababab", "alice", null)).contains("different characters");
        assertThat(PasswordPolicy.problem("zzzzzzzzzzzzzzzz", "alice", null)).contains("different characters");
    }
}
