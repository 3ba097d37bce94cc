package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountThrottlingTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final UserAccount account =
            new UserAccount("alice", "Alice", null, "{noop}x", Set.of(Role.END_USER), NOW);

    @Test
    void four_failures_in_a_row_do_not_lock_the_account() {
        fail(4);

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void fifth_failure_in_a_row_locks_the_account_for_the_lock_period() {
        fail(5);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(LOCK));
    }

    @Test
    void lock_expires_after_the_lock_period() {
        fail(5);

        assertThat(account.isLockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(LOCK))).isFalse();
        assertThat(account.isLockedAt(NOW.plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void successful_sign_in_resets_the_failure_count() {
        fail(4);
        account.recordSuccessfulLogin();
        fail(4);

        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void failures_after_an_expired_lock_count_from_zero_again() {
        fail(5);
        var later = NOW.plus(LOCK).plusSeconds(1);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(later, MAX_FAILURES, LOCK);
        }

        assertThat(account.isLockedAt(later)).isFalse();
        account.recordFailedLogin(later, MAX_FAILURES, LOCK);
        assertThat(account.isLockedAt(later)).isTrue();
    }

    @Test
    void password_change_lifts_the_lock() {
        fail(5);
        account.changePassword("{noop}new");

        assertThat(account.isLockedAt(NOW)).isFalse();
        fail(4);
        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(NOW, MAX_FAILURES, LOCK);
        }
    }
}
