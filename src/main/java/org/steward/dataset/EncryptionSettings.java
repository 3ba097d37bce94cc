package org.steward.dataset;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys that encrypt stored samples come from ({@code steward.datasets.encryption.*}). Never the database.
 *
 * @param keys             key id → base64 of 32 random bytes (e.g. from environment variables or a secret store)
 * @param keystore         a PKCS12 keystore whose AES secret-key entries are keys, each named by its alias
 * @param keystorePassword the keystore's password (also each entry's)
 * @param activeKey        the id of the key new samples are encrypted with; the others only decrypt until the
 *                         rotation job has moved every sample to the active key
 * @param generateLocalKey when no key is configured, generate one in {@code localKeyFile} (demo and development
 *                         only; the postgres profile turns it off, so that start-up without a key fails)
 * @param localKeyFile     the generated key's file
 */
@ConfigurationProperties("steward.datasets.encryption")
record EncryptionSettings(@DefaultValue Map<String, String> keys, @Nullable Path keystore,
                          @Nullable String keystorePassword, @Nullable String activeKey,
                          @DefaultValue("true") boolean generateLocalKey,
                          @DefaultValue("./data/dataset-key") Path localKeyFile) {
}
