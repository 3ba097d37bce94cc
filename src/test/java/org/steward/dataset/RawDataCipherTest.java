package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The dataset keys' AES-256-GCM for other modules' raw data: round trip, subject binding, tampering, key ids. */
class RawDataCipherTest {

    private static final byte[] PLAIN = "[{\"income\":51234.5,\"region\":\"north\"}]".getBytes(StandardCharsets.UTF_8);

    private static SecretKeySpec key(int seed) {
        var b = new byte[32];
        Arrays.fill(b, (byte) seed);
        return new SecretKeySpec(b, "AES");
    }

    private final RawDataCipher cipher = new RawDataCipher(new DatasetKeys(Map.of("k1", key(1), "k2", key(2)), "k2"));

    @Test
    void content_sealed_for_a_subject_opens_with_the_key_id_it_names() {
        var sealed = cipher.seal("monitoring-batch:7", PLAIN);

        assertThat(sealed.keyId()).isEqualTo("k2");
        assertThat(cipher.open("monitoring-batch:7", "k2", sealed.bytes())).isEqualTo(PLAIN);
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("income")
                .doesNotContain("north");
    }

    @Test
    void content_of_another_row_a_modified_byte_or_another_key_id_fails_clearly() {
        var sealed = cipher.seal("monitoring-batch:7", PLAIN).bytes();
        var tampered = sealed.clone();
        tampered[tampered.length - 3] ^= 0x04;

        assertThatThrownBy(() -> cipher.open("monitoring-batch:8", "k2", sealed))
                .isInstanceOf(TamperedContentException.class)
                .hasMessageStartingWith("The stored content of monitoring-batch:8 failed its integrity check with key "
                        + "'k2'");
        assertThatThrownBy(() -> cipher.open("monitoring-baseline:7", "k2", sealed))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> cipher.open("monitoring-batch:7", "k2", tampered))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> cipher.open("monitoring-batch:7", "k1", sealed))
                .isInstanceOf(TamperedContentException.class);
        assertThatThrownBy(() -> cipher.open("monitoring-batch:7", "gone", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'gone' is not configured any more");
    }

    @Test
    void the_stored_samples_subjects_are_reserved() {
        assertThatThrownBy(() -> cipher.seal("dataset:3", PLAIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.seal(" ", PLAIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samples_sealed_before_other_subjects_existed_still_open() throws Exception {
        // sealed as V12's code did: format byte, nonce, AES-GCM with "steward-dataset:<id>:<key id>" as AAD
        var nonce = new byte[12];
        Arrays.fill(nonce, (byte) 9);
        var gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key(2), new GCMParameterSpec(128, nonce));
        gcm.updateAAD("steward-dataset:5:k2".getBytes(StandardCharsets.UTF_8));
        var body = gcm.doFinal(PLAIN);
        var sample = ByteBuffer.allocate(1 + 12 + body.length).put((byte) 1).put(nonce).put(body).array();

        assertThat(ContentCipher.open(key(2), "k2", 5, sample)).isEqualTo(PLAIN);
        assertThatThrownBy(() -> ContentCipher.open(key(2), "k2", 6, sample))
                .isInstanceOf(TamperedContentException.class).hasMessageContaining("dataset 6");
    }
}
