package org.steward.identity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start over plain HTTP where TLS is required ({@code steward.security.require-tls}, set by the
 * production profile): either the server has TLS (an SSL bundle or key store) or the operator says a
 * TLS-terminating proxy sits in front ({@code steward.security.allow-plain-http=true}).
 */
@Component
class TransportGuard {

    static final String PLAIN_HTTP = "Steward's production profile serves HTTPS only, and no TLS is configured. "
            + "Configure it with an SSL bundle (server.ssl.bundle=steward with spring.ssl.bundle.pem.steward.*), or, "
            + "behind a reverse proxy that terminates TLS, set steward.security.allow-plain-http=true and "
            + "server.forward-headers-strategy=native. See docs/data-protection.md.";

    TransportGuard(Environment env) {
        if (env.getProperty("steward.security.require-tls", Boolean.class, false)
                && !env.getProperty("steward.security.allow-plain-http", Boolean.class, false) && !tls(env)) {
            throw new IllegalStateException(PLAIN_HTTP);
        }
    }

    static boolean tls(Environment env) {
        if (!env.getProperty("server.ssl.enabled", Boolean.class, true)) {
            return false;
        }
        return env.containsProperty("server.ssl.bundle") || env.containsProperty("server.ssl.key-store")
                || env.containsProperty("server.ssl.certificate");
    }
}
