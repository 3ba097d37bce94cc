package org.steward.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fresh production database gets one administrator, so that nobody is locked out of a new install. */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

    private final UserProvisioning provisioning;

    FirstAdmin(UserProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioning.ensureFirstAdmin();
    }
}
