package org.steward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void application_modules_respect_their_boundaries() {
        ApplicationModules.of(StewardApplication.class, location -> !location.contains("/test-classes/")).verify();
    }
}
