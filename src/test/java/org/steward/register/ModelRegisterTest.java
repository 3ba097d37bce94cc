package org.steward.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.register.RegisterTestData.model;
import static org.steward.register.RegisterTestData.unique;
import static org.steward.register.RegisterTestData.version;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.base.ConflictException;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

@SpringBootTest
class ModelRegisterTest {

    private static final RegisterFilter ALL = RegisterFilter.NONE;

    @Autowired
    ModelRegister register;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    ChangeHistory history;

    @Autowired
    RunAs runAs;

    private <T> T as(String username, Role role, java.util.function.Supplier<T> action) {
        return runAs.call(username, java.util.Set.of(role), action);
    }

    @Test
    void developer_registers_a_model_and_the_change_log_records_who() {
        var name = unique("Registered");

        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(name)));

        var log = as("auditor", Role.AUDITOR, () -> history.ofModel(created.id(), PageRequest.of(0, 10)));
        assertThat(created.createdBy()).isEqualTo("dev");
        assertThat(log).extracting(ChangeRecord::kind, ChangeRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MODEL_REGISTERED", "dev"));
    }

    @Test
    void duplicate_model_name_is_refused_whatever_its_case() {
        var name = unique("Duplicate");
        as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(name)));

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(name.toUpperCase()))))
                .isInstanceOfSatisfying(DuplicateException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
    }

    @Test
    void invalid_model_reports_every_field_and_stores_nothing() {
        var before = as("dev", Role.MODEL_DEVELOPER, () -> register.count(ALL));
        var valid = model(unique("Invalid"));
        var invalid = new ModelDetails(" ", valid.description(), valid.businessDomain(), "dev",
                valid.developerTeam(), valid.objective(), valid.kpis(), null, valid.internalRiskTier(), "",
                valid.intendedUse(), valid.outOfScopeUse(), java.util.List.of("not a tag!"), valid.reviewDate());

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> register.register(invalid)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "euRiskCategory", "riskJustification", "tags[0].<list element>"));
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> register.count(ALL))).isEqualTo(before);
    }

    @Test
    void a_kpi_without_a_name_is_a_field_error_not_a_crash() {
        var valid = model(unique("Kpi"));
        var namelessKpi = new ModelDetails(valid.name(), valid.description(), valid.businessDomain(), valid.owner(),
                valid.developerTeam(), valid.objective(),
                java.util.List.of(new Kpi(null, "%", java.math.BigDecimal.ONE, KpiDirection.LOWER_IS_BETTER)),
                valid.euRiskCategory(), valid.internalRiskTier(), valid.riskJustification(), valid.intendedUse(),
                valid.outOfScopeUse(), valid.tags(), valid.reviewDate());

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> register.register(namelessKpi)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("kpis[0].name"));
    }

    @Test
    void owner_must_be_an_active_business_owner() {
        var valid = model(unique("Owner"));
        var ownedByDeveloper = new ModelDetails(valid.name(), valid.description(), valid.businessDomain(), "dev",
                valid.developerTeam(), valid.objective(), valid.kpis(), valid.euRiskCategory(),
                valid.internalRiskTier(), valid.riskJustification(), valid.intendedUse(), valid.outOfScopeUse(),
                valid.tags(), valid.reviewDate());

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> register.register(ownedByDeveloper)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("owner"));
    }

    @Test
    void auditors_and_end_users_cannot_register_models() {
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> register.register(model(unique("Audit")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> register.register(model(unique("End")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_business_owner_edits_own_models_only() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Owned"))));
        var edited = withJustification(created.details(), "Re-assessed by the owner.");

        var updated = as("owner", Role.BUSINESS_OWNER, () -> register.update(created.id(), created.version(), edited));

        assertThat(updated.details().riskJustification()).isEqualTo("Re-assessed by the owner.");
        assertThatThrownBy(() -> as("owner2", Role.BUSINESS_OWNER,
                () -> register.update(created.id(), updated.version(), created.details())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Stale"))));
        as("dev", Role.MODEL_DEVELOPER, () -> register.update(created.id(), created.version(),
                withJustification(created.details(), "First edit.")));

        assertThatThrownBy(() -> as("dev2", Role.MODEL_DEVELOPER, () -> register.update(created.id(),
                created.version(), withJustification(created.details(), "Lost edit."))))
                .isInstanceOf(ConflictException.class);
        var current = as("dev", Role.MODEL_DEVELOPER, () -> register.get(created.id()));
        assertThat(current.details().riskJustification()).isEqualTo("First edit.");
    }

    @Test
    void an_update_logs_exactly_the_fields_that_changed() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Logged"))));

        as("dev", Role.MODEL_DEVELOPER, () -> register.update(created.id(), created.version(),
                withJustification(created.details(), "Changed.")));

        var log = as("risk", Role.RISK_OFFICER, () -> history.ofModel(created.id(), PageRequest.of(0, 10)));
        assertThat(log.getFirst().kind()).isEqualTo("MODEL_CHANGED");
        assertThat(log.getFirst().summary()).startsWith("Changed riskJustification of model");
    }

    @Test
    void duplicate_version_label_is_refused() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Versions"))));
        as("dev", Role.MODEL_DEVELOPER, () -> register.registerVersion(created.id(), version("1.0.0")));

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER,
                () -> register.registerVersion(created.id(), version("1.0.0"))))
                .isInstanceOfSatisfying(DuplicateException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("label"));
    }

    @Test
    void hashes_must_be_sha256_and_parents_must_exist() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Hashes"))));
        var v = version("1.0.0");
        var bad = new VersionDetails(v.label(), v.algorithm(), v.framework(), v.trainingDate(), "abc123",
                "z".repeat(64), "not-a-commit", "0.9.0", null, null, v.stage());

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> register.registerVersion(created.id(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("artifactSha256", "trainingDataSha256", "codeCommit", "parentLabel"));
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> register.countVersions(created.id()))).isZero();
    }

    @Test
    void only_an_approved_version_can_be_in_production() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Production"))));
        var v = version("1.0.0");
        var inProduction = new VersionDetails(v.label(), v.algorithm(), v.framework(), v.trainingDate(),
                v.artifactSha256(), v.trainingDataSha256(), v.codeCommit(), null, null, null, Stage.PRODUCTION);

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER,
                () -> register.registerVersion(created.id(), inProduction)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("stage"));
    }

    @Test
    void lineage_is_frozen_once_a_version_leaves_draft() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Frozen"))));
        var registered = as("dev", Role.MODEL_DEVELOPER,
                () -> register.registerVersion(created.id(), version("1.0.0")));
        seeding.seed(registered.id(), ApprovalStatus.SUBMITTED, Stage.STAGING);
        var submitted = as("dev", Role.MODEL_DEVELOPER, () -> register.version(created.id(), "1.0.0"));
        var d = submitted.details();
        var newArtifact = new VersionDetails(d.label(), d.algorithm(), d.framework(), d.trainingDate(),
                "c".repeat(64), d.trainingDataSha256(), d.codeCommit(), null, d.trainingDataDescription(),
                d.evaluationDataDescription(), d.stage());
        var newDescription = new VersionDetails(d.label(), d.algorithm(), d.framework(), d.trainingDate(),
                d.artifactSha256(), d.trainingDataSha256(), d.codeCommit(), null, "Clarified description",
                d.evaluationDataDescription(), d.stage());

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER,
                () -> register.updateVersion(created.id(), "1.0.0", submitted.version(), newArtifact)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("artifactSha256");
        var updated = as("dev", Role.MODEL_DEVELOPER,
                () -> register.updateVersion(created.id(), "1.0.0", submitted.version(), newDescription));
        assertThat(updated.details().trainingDataDescription()).isEqualTo("Clarified description");
        assertThat(updated.details().artifactSha256()).isEqualTo(RegisterTestData.SHA_A);
    }

    @Test
    void the_stage_of_a_version_that_left_draft_is_not_edited_by_hand() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Staged"))));
        var registered = as("dev", Role.MODEL_DEVELOPER,
                () -> register.registerVersion(created.id(), version("1.0.0")));
        seeding.seed(registered.id(), ApprovalStatus.DEPLOYED, Stage.PRODUCTION);
        var deployed = as("dev", Role.MODEL_DEVELOPER, () -> register.version(created.id(), "1.0.0"));
        var d = deployed.details();
        var backToDevelopment = new VersionDetails(d.label(), d.algorithm(), d.framework(), d.trainingDate(),
                d.artifactSha256(), d.trainingDataSha256(), d.codeCommit(), d.parentLabel(),
                d.trainingDataDescription(), d.evaluationDataDescription(), Stage.DEVELOPMENT);

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER,
                () -> register.updateVersion(created.id(), "1.0.0", deployed.version(), backToDevelopment)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("stage"));
    }

    @Test
    void end_users_see_only_models_with_an_approved_or_deployed_version() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Hidden"))));
        var draft = as("dev", Role.MODEL_DEVELOPER, () -> register.registerVersion(created.id(), version("1.0.0")));

        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> register.get(created.id())))
                .isInstanceOf(NotFoundException.class);

        seeding.seed(draft.id(), ApprovalStatus.APPROVED, Stage.STAGING);
        var visible = as("enduser", Role.END_USER, () -> register.get(created.id()));
        var filter = new RegisterFilter(created.name(), null, null, null, null, null);
        assertThat(visible.name()).isEqualTo(created.name());
        assertThat(as("enduser", Role.END_USER, () -> register.list(filter, PageRequest.of(0, 10))))
                .extracting(ModelSummary::latestStatus).containsExactly(ApprovalStatus.APPROVED);
    }

    @Test
    void end_users_do_not_see_draft_versions_of_visible_models() {
        var created = as("dev", Role.MODEL_DEVELOPER, () -> register.register(model(unique("Mixed"))));
        var approved = as("dev", Role.MODEL_DEVELOPER, () -> register.registerVersion(created.id(), version("1.0.0")));
        seeding.seed(approved.id(), ApprovalStatus.DEPLOYED, Stage.PRODUCTION);
        as("dev", Role.MODEL_DEVELOPER, () -> register.registerVersion(created.id(), version("2.0.0")));

        assertThat(as("enduser", Role.END_USER, () -> register.versions(created.id(), PageRequest.of(0, 10))))
                .extracting(VersionView::label).containsExactly("1.0.0");
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> register.version(created.id(), "2.0.0")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("dev", Role.MODEL_DEVELOPER, () -> register.countVersions(created.id()))).isEqualTo(2);
    }

    @Test
    void demo_register_has_twelve_or_more_models_across_the_six_domains() {
        var domains = as("auditor", Role.AUDITOR, () -> register.list(ALL, PageRequest.of(0, 100))).stream()
                .map(ModelSummary::businessDomain).distinct().toList();

        assertThat(domains).contains("credit", "churn", "fraud", "demand forecasting", "medical triage",
                "HR screening");
    }

    private static ModelDetails withJustification(ModelDetails d, String justification) {
        return new ModelDetails(d.name(), d.description(), d.businessDomain(), d.owner(), d.developerTeam(),
                d.objective(), d.kpis(), d.euRiskCategory(), d.internalRiskTier(), justification, d.intendedUse(),
                d.outOfScopeUse(), d.tags(), d.reviewDate());
    }
}
