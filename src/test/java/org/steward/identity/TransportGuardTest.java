package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The production profile refuses plain HTTP unless TLS is configured or a TLS-terminating proxy is declared. */
class TransportGuardTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(TransportGuard.class)
            .withPropertyValues("steward.security.require-tls=true");

    @Test
    void plain_http_is_refused_where_tls_is_required() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage(TransportGuard.PLAIN_HTTP);
        });
    }

    @Test
    void an_ssl_bundle_or_a_declared_proxy_lets_it_start() {
        runner.withPropertyValues("server.ssl.bundle=steward").run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("steward.security.allow-plain-http=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void ssl_switched_off_counts_as_none() {
        runner.withPropertyValues("server.ssl.bundle=steward", "server.ssl.enabled=false")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void the_default_profile_does_not_require_tls() {
        new ApplicationContextRunner().withBean(TransportGuard.class).run(context -> assertThat(context).hasNotFailed());
    }
}
