package org.steward.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies as receivers verify them: {@code sha256=} and the hex HMAC-SHA256 of the body. */
final class WebhookSignature {

    static final String HEADER = "X-Steward-Signature";
    static final String DELIVERY_HEADER = "X-Steward-Delivery";

    private WebhookSignature() {
    }

    static String hmacSha256Hex(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String header(String secret, byte[] body) {
        return "sha256=" + hmacSha256Hex(secret, body);
    }
}
