package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456Z");

    /** A correctly linked chain of {@code n} entries, seq 1..n. */
    private static List<LedgerRecord> chain(int n) {
        var entries = new ArrayList<LedgerRecord>();
        var prev = LedgerHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            var entry = linked(seq, "user" + seq, "{\"n\":" + seq + "}", prev);
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    private static LedgerRecord linked(long seq, String actor, String payload, String prev) {
        var at = T0.plusSeconds(seq);
        return new LedgerRecord(seq, at, actor, "TEST_EVENT", "model:" + seq, payload, prev,
                LedgerHash.of(seq, at, actor, "TEST_EVENT", "model:" + seq, payload, prev));
    }

    private static VerificationResult verify(List<LedgerRecord> entries, ChainVerifier.@Nullable Anchor head,
                                             ChainVerifier.@Nullable Anchor checkpoint) {
        var verifier = new ChainVerifier(head, checkpoint);
        for (var entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish();
    }

    private static VerificationResult verify(List<LedgerRecord> entries) {
        return verify(entries, null, null);
    }

    private static ChainVerifier.Anchor anchorOf(LedgerRecord entry) {
        return new ChainVerifier.Anchor(entry.seq(), entry.hash());
    }

    private static LedgerRecord withPayload(LedgerRecord e, String payload) {
        return new LedgerRecord(e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), payload, e.prevHash(),
                e.hash());
    }

    private static LedgerRecord withSeq(LedgerRecord e, long seq) {
        return new LedgerRecord(seq, e.occurredAt(), e.actor(), e.action(), e.subject(), e.payload(), e.prevHash(),
                e.hash());
    }

    @Test
    void a_clean_chain_is_intact() {
        var entries = chain(10);

        var result = verify(entries, anchorOf(entries.getLast()), anchorOf(entries.get(6)));

        assertThat(result.intact()).isTrue();
        assertThat(result.verified()).isEqualTo(10);
        assertThat(result.brokenAt()).isNull();
        assertThat(result.message()).isEqualTo("Intact: 10 entries verified, last checkpoint matches");
    }

    @Test
    void an_empty_ledger_is_intact() {
        var result = verify(List.of(), new ChainVerifier.Anchor(0, LedgerHash.GENESIS), null);

        assertThat(result.intact()).isTrue();
        assertThat(result.verified()).isZero();
        assertThat(result.message()).isEqualTo("Intact: 0 entries verified, no checkpoint yet");
    }

    @Test
    void an_edited_payload_names_that_entry() {
        var entries = chain(6);
        entries.set(3, withPayload(entries.get(3), "{\"n\":400}"));

        var result = verify(entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.verified()).isEqualTo(3);
        assertThat(result.reason()).contains("edited");
        assertThat(result.message()).startsWith("Broken at entry 4: ");
    }

    @Test
    void an_edited_actor_names_that_entry() {
        var entries = chain(6);
        var e = entries.get(1);
        entries.set(1, new LedgerRecord(e.seq(), e.occurredAt(), "mallory", e.action(), e.subject(), e.payload(),
                e.prevHash(), e.hash()));

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.reason()).contains("edited");
    }

    @Test
    void an_edited_time_names_that_entry() {
        var entries = chain(3);
        var e = entries.get(2);
        entries.set(2, new LedgerRecord(e.seq(), e.occurredAt().minusSeconds(3600), e.actor(), e.action(),
                e.subject(), e.payload(), e.prevHash(), e.hash()));

        assertThat(verify(entries).brokenAt()).isEqualTo(3);
    }

    @Test
    void a_deleted_row_names_the_entry_after_the_gap() {
        var entries = chain(6);
        entries.remove(2); // seq 3

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).contains("entry 3 missing").contains("deleted");
    }

    @Test
    void a_deleted_row_with_renumbering_names_the_entry_that_took_its_place() {
        var entries = chain(6);
        entries.remove(2);
        for (int i = 2; i < entries.size(); i++) {
            entries.set(i, withSeq(entries.get(i), i + 1));
        }

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).contains("previous hash");
    }

    @Test
    void a_forged_row_inserted_in_the_middle_is_named() {
        var entries = chain(5);
        var forged = new LedgerRecord(3, T0, "mallory", "MODEL_REGISTERED", "model:99", "{}", "f".repeat(64),
                "e".repeat(64));
        entries.add(2, forged);
        for (int i = 3; i < entries.size(); i++) {
            entries.set(i, withSeq(entries.get(i), i + 1));
        }

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).contains("inserted");
    }

    @Test
    void a_well_forged_row_inserted_in_the_middle_breaks_the_link_of_the_next_one() {
        var entries = chain(5);
        var forged = linked(3, "mallory", "{\"forged\":true}", entries.get(1).hash());
        entries.add(2, forged);
        for (int i = 3; i < entries.size(); i++) {
            entries.set(i, withSeq(entries.get(i), i + 1));
        }

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).contains("previous hash does not match entry 3");
    }

    @Test
    void a_row_appended_beyond_the_head_is_named() {
        var entries = chain(5);
        var head = anchorOf(entries.getLast());
        entries.add(linked(6, "mallory", "{}", entries.getLast().hash()));

        var result = verify(entries, head, null);

        assertThat(result.brokenAt()).isEqualTo(6);
        assertThat(result.reason()).contains("beyond the ledger head");
    }

    @Test
    void rows_deleted_from_the_end_are_named_by_the_head() {
        var entries = chain(5);
        var head = anchorOf(entries.getLast());
        entries.removeLast();
        entries.removeLast();

        var result = verify(entries, head, null);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.verified()).isEqualTo(3);
        assertThat(result.reason()).contains("deleted from the end");
    }

    @Test
    void two_swapped_rows_are_named() {
        var entries = chain(6);
        var third = entries.get(2);
        var fourth = entries.get(3);
        entries.set(2, withSeq(fourth, 3));
        entries.set(3, withSeq(third, 4));

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).contains("reordered");
    }

    @Test
    void rows_out_of_sequence_are_named() {
        var entries = chain(4);
        var third = entries.get(2);
        entries.set(2, entries.get(3));
        entries.set(3, third);

        var result = verify(entries);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.intact()).isFalse();
    }

    @Test
    void a_rewritten_chain_is_caught_by_the_checkpoint() {
        var original = chain(6);
        var checkpoint = anchorOf(original.get(4));
        // edit entry 2 and recompute every hash after it: the chain alone looks sound
        var rewritten = new ArrayList<>(original.subList(0, 1));
        var prev = rewritten.getLast().hash();
        for (int seq = 2; seq <= 6; seq++) {
            var entry = linked(seq, "user" + seq, seq == 2 ? "{\"n\":\"rewritten\"}" : "{\"n\":" + seq + "}", prev);
            rewritten.add(entry);
            prev = entry.hash();
        }
        assertThat(verify(rewritten, anchorOf(rewritten.getLast()), null).intact()).isTrue();

        var result = verify(rewritten, anchorOf(rewritten.getLast()), checkpoint);

        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).contains("checkpoint").contains("rewritten");
    }

    @Test
    void a_checkpoint_beyond_the_end_means_rows_were_deleted() {
        var entries = chain(6);
        var checkpoint = anchorOf(entries.get(5));
        var truncated = entries.subList(0, 4);

        var result = verify(truncated, anchorOf(truncated.getLast()), checkpoint);

        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).contains("checkpoint");
    }

    @Test
    void the_hash_separates_fields_unambiguously() {
        var a = LedgerHash.of(1, T0, "ab", "c", "s", "{}", LedgerHash.GENESIS);
        var b = LedgerHash.of(1, T0, "a", "bc", "s", "{}", LedgerHash.GENESIS);

        assertThat(a).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(b);
    }
}
