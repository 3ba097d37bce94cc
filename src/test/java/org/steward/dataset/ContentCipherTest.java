package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** AES-256-GCM of stored samples: round trip, fresh nonces, and every kind of tampering refused clearly. */
class ContentCipherTest {

    private static final SecretKeySpec KEY = new SecretKeySpec(bytes(1), "AES");
    private static final SecretKeySpec OTHER = new SecretKeySpec(bytes(2), "AES");
    private static final byte[] PLAIN = "age,sex,score\n31,F,0.42\n".getBytes(StandardCharsets.UTF_8);

    private static byte[] bytes(int seed) {
        var b = new byte[32];
        Arrays.fill(b, (byte) seed);
        b[31] = (byte) (seed * 7);
        return b;
    }

    @Test
    void what_is_sealed_opens_to_the_same_bytes_and_holds_no_plaintext() {
        var sealed = ContentCipher.seal(KEY, "k1", 7, PLAIN);

        assertThat(ContentCipher.open(KEY, "k1", 7, sealed)).isEqualTo(PLAIN);
        assertThat(sealed).hasSize(1 + 12 + PLAIN.length + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("score").doesNotContain("0.42");
    }

    @Test
    void every_encryption_uses_a_fresh_nonce() {
        assertThat(ContentCipher.seal(KEY, "k1", 7, PLAIN)).isNotEqualTo(ContentCipher.seal(KEY, "k1", 7, PLAIN));
    }

    @Test
    void a_modified_ciphertext_fails_with_a_clear_error() {
        var sealed = ContentCipher.seal(KEY, "k1", 7, PLAIN);
        for (var position : new int[] {0, 5, 20, sealed.length - 1}) {
            var tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> ContentCipher.open(KEY, "k1", 7, tampered))
                    .isInstanceOf(TamperedContentException.class)
                    .hasMessage("The stored content of dataset 7 failed its integrity check with key 'k1': it was "
                            + "modified, truncated or copied from another dataset. Nothing was read from it; restore "
                            + "it from a backup (its SHA-256 in the register tells the right file).");
        }
    }

    @Test
    void truncated_content_another_dataset_another_key_id_or_key_fail_too() {
        var sealed = ContentCipher.seal(KEY, "k1", 7, PLAIN);

        assertThatThrownBy(() -> ContentCipher.open(KEY, "k1", 7, Arrays.copyOf(sealed, sealed.length - 1)))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> ContentCipher.open(KEY, "k1", 7, Arrays.copyOf(sealed, 10)))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> ContentCipher.open(KEY, "k1", 8, sealed))
                .isInstanceOf(TamperedContentException.class).hasMessageContaining("dataset 8");
        assertThatThrownBy(() -> ContentCipher.open(KEY, "k2", 7, sealed))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> ContentCipher.open(OTHER, "k1", 7, sealed))
                .isInstanceOf(TamperedContentException.class);
    }
}
