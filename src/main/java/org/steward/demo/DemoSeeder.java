package org.steward.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.UserProvisioning;

/**
 * Seeds demo users and, on an empty register, the demo models. Models are registered through the same
 * service, rules and change log as any user's, acting as the demo developer.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final UserProvisioning users;
    private final ModelRegister register;
    private final RegisterSeeding seeding;
    private final RunAs runAs;
    private final Clock clock;

    DemoSeeder(UserProvisioning users, ModelRegister register, RegisterSeeding seeding, RunAs runAs, Clock clock) {
        this.users = users;
        this.runAs = runAs;
        this.register = register;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoUsers.ALL.forEach(u -> users.ensureUser(u.username(), u.displayName(),
                u.username() + "@steward.example", DemoUsers.PASSWORD, u.roles()));
        runAs.run("dev", Set.of(Role.MODEL_DEVELOPER), () -> {
            if (register.count(RegisterFilter.NONE) == 0) {
                DemoRegister.MODELS.forEach(this::seed);
                log.info("Seeded the demo register with {} models", DemoRegister.MODELS.size());
            }
        });
    }

    private void seed(DemoRegister.DemoModel m) {
        var today = LocalDate.now(clock);
        var model = register.register(new ModelDetails(m.name(), m.description(), m.domain(), m.owner(), m.team(),
                m.objective(), m.kpis(), m.eu(), m.tier(), m.justification(), m.intendedUse(), m.outOfScope(),
                m.tags(), today.plusDays(m.reviewInDays())));
        String parent = null;
        for (var v : m.versions()) {
            var seed = m.name() + "/" + v.label();
            var version = register.registerVersion(model.id(), new VersionDetails(v.label(), v.algorithm(),
                    v.framework(), today.minusDays(v.trainedDaysAgo()), sha256("artifact:" + seed),
                    sha256("training-data:" + seed), sha256("commit:" + seed).substring(0, 12), parent,
                    "Training data of " + m.name() + " up to " + today.minusDays(v.trainedDaysAgo() + 30) + ".",
                    "Out-of-time holdout of the last 30 days before training.", Stage.DEVELOPMENT));
            seeding.seed(version.id(), v.status(), stageFor(v.status()));
            parent = v.label();
        }
    }

    private static Stage stageFor(ApprovalStatus status) {
        return switch (status) {
            case DEPLOYED -> Stage.PRODUCTION;
            case APPROVED, SUBMITTED -> Stage.STAGING;
            case RETIRED -> Stage.RETIRED;
            default -> Stage.DEVELOPMENT;
        };
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
