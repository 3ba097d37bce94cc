package org.steward.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link DatasetKeys} from the settings: base64 keys and/or a PKCS12 keystore; without either, a key
 * generated once into a local file when that is allowed (demo), else a start-up failure saying what to configure.
 */
final class DatasetKeyLoader {

    static final String NO_KEY = "No dataset encryption key is configured, and this profile does not generate one. "
            + "Stored samples hold personal data and are encrypted at rest: set "
            + "steward.datasets.encryption.keys.<id> to the base64 of 32 random bytes (openssl rand -base64 32) and "
            + "steward.datasets.encryption.active-key to <id>, or point steward.datasets.encryption.keystore at a "
            + "PKCS12 keystore of AES-256 keys. See docs/data-protection.md.";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetKeyLoader.class);
    private static final DateTimeFormatter LOCAL_ID = DateTimeFormatter.ofPattern("'local-'yyyyMMdd")
            .withZone(ZoneOffset.UTC);

    private DatasetKeyLoader() {
    }

    static DatasetKeys load(EncryptionSettings settings, Clock clock) {
        var keys = new LinkedHashMap<String, SecretKey>();
        settings.keys().forEach((id, base64) -> keys.put(id, decode(id, base64)));
        if (settings.keystore() != null) {
            keys.putAll(fromKeystore(settings.keystore(), settings.keystorePassword()));
        }
        if (keys.isEmpty()) {
            if (!settings.generateLocalKey()) {
                throw new IllegalStateException(NO_KEY);
            }
            return localKey(settings.localKeyFile(), clock);
        }
        var active = settings.activeKey();
        if (active == null || active.isBlank()) {
            if (keys.size() > 1) {
                throw new IllegalStateException("Several dataset encryption keys are configured " + keys.keySet()
                        + ": set steward.datasets.encryption.active-key to the one new samples use.");
            }
            active = keys.keySet().iterator().next();
        }
        return new DatasetKeys(keys, active);
    }

    private static SecretKey decode(String id, String base64) {
        try {
            var bytes = Base64.getDecoder().decode(base64.strip());
            if (bytes.length != DatasetKeys.KEY_BYTES) {
                throw new IllegalStateException("Dataset encryption key '" + id + "' has " + bytes.length
                        + " bytes; AES-256 needs 32 (openssl rand -base64 32).");
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Dataset encryption key '" + id + "' is not valid base64.", e);
        }
    }

    private static Map<String, SecretKey> fromKeystore(Path file, String password) {
        var secret = password == null ? new char[0] : password.toCharArray();
        var keys = new LinkedHashMap<String, SecretKey>();
        try (var in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            for (var alias : java.util.Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    keys.put(alias, (SecretKey) store.getKey(alias, secret));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the dataset keystore " + file + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The dataset keystore " + file + " holds no secret key "
                    + "(keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12).");
        }
        return keys;
    }

    /** The generated key: {@code id=base64} in a file readable by its owner only, created on first start. */
    private static DatasetKeys localKey(Path file, Clock clock) {
        try {
            if (!Files.exists(file)) {
                var bytes = new byte[DatasetKeys.KEY_BYTES];
                new SecureRandom().nextBytes(bytes);
                Files.createDirectories(file.toAbsolutePath().getParent());
                var line = LOCAL_ID.format(clock.instant()) + "=" + Base64.getEncoder().encodeToString(bytes) + "\n";
                Files.writeString(file, line, StandardCharsets.UTF_8);
                restrict(file);
                LOG.warn("Generated a local dataset encryption key in {}. Fine for a demo; in production configure "
                        + "keys outside the data folder (docs/data-protection.md).", file.toAbsolutePath());
            }
            var line = Files.readString(file, StandardCharsets.UTF_8).strip();
            var separator = line.indexOf('=');
            if (separator < 1) {
                throw new IllegalStateException("The local dataset key file " + file + " is not 'id=base64'.");
            }
            var id = line.substring(0, separator);
            return new DatasetKeys(Map.of(id, decode(id, line.substring(separator + 1))), id);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the local dataset key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debug("No POSIX permissions on {}; keep the data folder private", file);
        }
    }
}
