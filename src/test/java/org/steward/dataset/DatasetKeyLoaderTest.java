package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Where dataset keys come from, and start-up without one: generated in the demo, refused in production. */
class DatasetKeyLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    private EncryptionSettings settings(Map<String, String> keys, String active, boolean generate) {
        return new EncryptionSettings(keys, null, null, active, generate, dir.resolve("dataset-key"));
    }

    @Test
    void configured_base64_keys_with_the_active_one_named() {
        var keys = DatasetKeyLoader.load(settings(Map.of("2025", KEY_A, "2026", KEY_B), "2026", false), CLOCK);

        assertThat(keys.activeId()).isEqualTo("2026");
        assertThat(keys.ids()).containsExactly("2025", "2026");
        assertThat(keys.key("2025").getEncoded()).isEqualTo(new byte[32]);
    }

    @Test
    void bad_keys_and_a_missing_active_key_stop_start_up_with_what_to_fix() {
        assertThatThrownBy(() -> DatasetKeyLoader.load(settings(Map.of("k", "c2hvcnQ="), "k", false), CLOCK))
                .hasMessageContaining("has 5 bytes; AES-256 needs 32");
        assertThatThrownBy(() -> DatasetKeyLoader.load(settings(Map.of("k", "%%%"), "k", false), CLOCK))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> DatasetKeyLoader.load(settings(Map.of("a", KEY_A, "b", KEY_B), null, false), CLOCK))
                .hasMessageContaining("set steward.datasets.encryption.active-key");
        assertThatThrownBy(() -> DatasetKeyLoader.load(settings(Map.of("a", KEY_A), "b", false), CLOCK))
                .hasMessageContaining("active dataset encryption key 'b' is not among the configured keys [a]");
    }

    @Test
    void a_removed_key_that_samples_still_use_is_named() {
        var keys = DatasetKeyLoader.load(settings(Map.of("2026", KEY_B), null, false), CLOCK);

        assertThatThrownBy(() -> keys.key("2025")).hasMessageContaining("'2025' is not configured any more");
    }

    @Test
    void keys_come_from_a_pkcs12_keystore_by_alias() throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        var generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        var password = "changeit".toCharArray();
        store.setEntry("ks-1", new KeyStore.SecretKeyEntry(generator.generateKey()),
                new KeyStore.PasswordProtection(password));
        var file = dir.resolve("keys.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password);
        }

        var keys = DatasetKeyLoader.load(new EncryptionSettings(Map.of(), file, "changeit", null, false,
                dir.resolve("unused")), CLOCK);

        assertThat(keys.activeId()).isEqualTo("ks-1");
        assertThat(keys.active().getEncoded()).hasSize(32);
    }

    @Test
    void the_demo_generates_a_private_key_file_once_and_reuses_it() throws IOException {
        var first = DatasetKeyLoader.load(settings(Map.of(), null, true), CLOCK);
        var second = DatasetKeyLoader.load(settings(Map.of(), null, true), CLOCK);

        assertThat(first.activeId()).isEqualTo("local-20260301");
        assertThat(second.active().getEncoded()).isEqualTo(first.active().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("dataset-key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void production_start_up_without_a_key_fails_with_a_clear_message() throws IOException {
        var production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
        assertThat(production.getProperty("steward.datasets.encryption.generate-local-key")).isEqualTo("false");

        new ApplicationContextRunner()
                .withUserConfiguration(DatasetConfiguration.class, ClockConfiguration.class)
                .withPropertyValues("steward.datasets.encryption.generate-local-key="
                        + production.getProperty("steward.datasets.encryption.generate-local-key"),
                        "steward.datasets.encryption.local-key-file=" + dir.resolve("never"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessage(DatasetKeyLoader.NO_KEY);
                });
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Configuration(proxyBeanMethods = false)
    static class ClockConfiguration {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }
}
