package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

/**
 * Tampering with the ledger's rows directly in the database, as someone with database access could. Runs on a
 * database of its own, emptied and refilled with five entries before each test, so that no other test sees the
 * damage.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-tamper;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "steward.demo.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class LedgerTamperTest {

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerCheckpointer checkpointer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RunAs runAs;

    @BeforeEach
    void fiveFreshEntries() {
        jdbc.update("delete from ledger_entry");
        jdbc.update("delete from ledger_checkpoint");
        jdbc.update("update ledger_head set seq = 0, hash = ?", LedgerHash.GENESIS);
        var tx = new TransactionTemplate(transactions);
        IntStream.rangeClosed(1, 5).forEach(i -> tx.executeWithoutResult(
                s -> events.publishEvent(TestEvent.of("user" + i, "model:" + i, "Event " + i))));
    }

    private VerificationResult verify() {
        return runAs.call("auditor", Set.of(Role.AUDITOR), ledger::verify);
    }

    private List<LedgerRecord> rows() {
        return jdbc.query("select * from ledger_entry order by seq", LedgerTamperTest::row);
    }

    private static LedgerRecord row(ResultSet rs, int n) throws SQLException {
        return new LedgerRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("payload"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private void insert(LedgerRecord r) {
        jdbc.update("insert into ledger_entry (seq, occurred_at, actor, action, subject, payload, prev_hash, hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", r.seq(), r.occurredAt().atOffset(java.time.ZoneOffset.UTC),
                r.actor(), r.action(), r.subject(), r.payload(), r.prevHash(), r.hash());
    }

    @Test
    void untouched_entries_verify_and_are_numbered_without_gaps() {
        var result = verify();

        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.verified()).isEqualTo(5);
        assertThat(rows()).extracting(LedgerRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rows().getFirst().prevHash()).isEqualTo(LedgerHash.GENESIS);
        assertThat(rows().get(2).payload()).startsWith("{\"actor\":\"user3\",\"at\":\"");
    }

    @Test
    void an_edited_payload_is_named() {
        jdbc.update("update ledger_entry set payload = replace(payload, 'Event 3', 'Nothing happened') where seq = 3");

        var result = verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.message()).startsWith("Broken at entry 3: ").contains("edited");
    }

    @Test
    void an_edited_actor_is_named() {
        jdbc.update("update ledger_entry set actor = 'someone-else' where seq = 2");

        assertThat(verify().brokenAt()).isEqualTo(2);
    }

    @Test
    void a_deleted_row_is_named_by_the_entry_after_the_gap() {
        jdbc.update("delete from ledger_entry where seq = 3");

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).contains("deleted");
    }

    @Test
    void a_deleted_last_row_is_named() {
        jdbc.update("delete from ledger_entry where seq = 5");

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).contains("deleted from the end");
    }

    @Test
    void a_forged_row_appended_with_a_valid_hash_is_named() {
        var last = rows().getLast();
        var at = last.occurredAt().plusSeconds(1);
        var payload = "{\"forged\":true}";
        insert(new LedgerRecord(6, at, "mallory", "MODEL_REGISTERED", "model:66", payload, last.hash(),
                LedgerHash.of(6, at, "mallory", "MODEL_REGISTERED", "model:66", payload, last.hash())));

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(6);
        assertThat(result.reason()).contains("beyond the ledger head");
    }

    @Test
    void a_forged_row_inserted_in_the_middle_is_named() {
        jdbc.update("update ledger_entry set seq = 6 where seq = 5");
        jdbc.update("update ledger_entry set seq = 5 where seq = 4");
        var third = rows().get(2);
        insert(new LedgerRecord(4, third.occurredAt(), "mallory", "MODEL_REGISTERED", "model:66", "{}",
                "f".repeat(64), "e".repeat(64)));

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).contains("inserted");
    }

    @Test
    void two_swapped_rows_are_named() {
        jdbc.update("update ledger_entry set seq = -1 where seq = 2");
        jdbc.update("update ledger_entry set seq = 2 where seq = 3");
        jdbc.update("update ledger_entry set seq = 3 where seq = -1");

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.reason()).contains("reordered");
    }

    @Test
    void a_rewrite_of_the_whole_chain_is_caught_by_the_checkpoint(CapturedOutput output) {
        checkpointer.checkpoint();
        var original = rows();
        assertThat(output).contains("LEDGER CHECKPOINT seq=5 hash=" + original.getLast().hash());

        // edit entry 2, then recompute every hash from there and move the head along: the chain alone is sound
        jdbc.update("update ledger_entry set actor = 'someone-else' where seq = 2");
        var prev = original.getFirst().hash();
        for (var e : rows().subList(1, 5)) {
            var hash = LedgerHash.of(e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.payload(), prev);
            jdbc.update("update ledger_entry set prev_hash = ?, hash = ? where seq = ?", prev, hash, e.seq());
            prev = hash;
        }
        jdbc.update("update ledger_head set hash = ?", prev);

        var result = verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).contains("checkpoint");
    }

    @Test
    void an_intact_ledger_reports_the_checkpoint_it_compared() {
        checkpointer.checkpoint();

        var result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.checkpointSeq()).isEqualTo(5);
        assertThat(result.message()).isEqualTo("Intact: 5 entries verified, last checkpoint matches");
    }

    @Test
    void a_checkpoint_of_an_unchanged_ledger_is_not_repeated() {
        checkpointer.checkpoint();
        checkpointer.checkpoint();

        assertThat(jdbc.queryForObject("select count(*) from ledger_checkpoint", Long.class)).isEqualTo(1);
    }

    @Test
    void a_checkpoint_of_an_empty_ledger_stores_nothing() {
        jdbc.update("delete from ledger_entry");
        jdbc.update("update ledger_head set seq = 0, hash = ?", LedgerHash.GENESIS);

        checkpointer.checkpoint();

        assertThat(jdbc.queryForObject("select count(*) from ledger_checkpoint", Long.class)).isZero();
        assertThat(verify().message()).isEqualTo("Intact: 0 entries verified, no checkpoint yet");
    }

    @Test
    void verification_walks_more_entries_than_one_batch() {
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> IntStream.range(0, Ledger.BATCH + 10)
                .forEach(i -> events.publishEvent(TestEvent.of("bulk", "model:" + i, "Bulk " + i))));
        jdbc.update("update ledger_entry set payload = '{}' where seq = ?", Ledger.BATCH + 7);

        var result = verify();

        assertThat(result.brokenAt()).isEqualTo(Ledger.BATCH + 7);
        assertThat(result.verified()).isEqualTo(Ledger.BATCH + 6);
    }
}
