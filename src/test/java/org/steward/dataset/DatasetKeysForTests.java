package org.steward.dataset;

import org.springframework.context.ApplicationContext;

/**
 * For other modules' tests: seal content with a configured key that is not the active one (as a rotation leaves
 * it), and run the key rotation now in the caller's thread. Test code only.
 */
public final class DatasetKeysForTests {

    private DatasetKeysForTests() {
    }

    public static byte[] sealWith(ApplicationContext context, String keyId, String subject, byte[] plain) {
        return ContentCipher.seal(context.getBean(DatasetKeys.class).key(keyId), keyId, subject, plain);
    }

    /** Re-encrypts everything not on the active key now; returns how many items it moved. */
    public static long rotateNow(ApplicationContext context) {
        return context.getBean(KeyRotation.class).runNow();
    }
}
