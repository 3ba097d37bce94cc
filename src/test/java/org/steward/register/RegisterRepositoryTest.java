package org.steward.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.register.RegisterTestData.model;
import static org.steward.register.RegisterTestData.unique;
import static org.steward.register.RegisterTestData.version;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RegisterRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    Models models;

    @Autowired
    ModelVersions versions;

    @Test
    void model_round_trips_with_objective_kpis_and_tags() {
        var name = unique("Round trip");
        var saved = models.saveAndFlush(new Model(model(name), "dev", NOW));

        var loaded = models.findById(saved.id()).orElseThrow();

        assertThat(loaded.details()).isEqualTo(model(name));
        assertThat(loaded.createdBy()).isEqualTo("dev");
    }

    @Test
    void version_labels_are_unique_per_model_in_the_database() {
        var m = models.saveAndFlush(new Model(model(unique("Unique labels")), "dev", NOW));
        versions.saveAndFlush(new ModelVersion(m.id(), version("1.0.0"), null, "dev", NOW));

        assertThatThrownBy(() -> versions.saveAndFlush(new ModelVersion(m.id(), version("1.0.0"), null, "dev", NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void filter_by_stage_and_status_matches_one_version_having_both() {
        var tag = unique("Filter").replace(' ', '-');
        var both = models.saveAndFlush(new Model(model(tag + " both"), "dev", NOW));
        var split = models.saveAndFlush(new Model(model(tag + " split"), "dev", NOW));
        seed(both.id(), "1.0.0", ApprovalStatus.DEPLOYED, Stage.PRODUCTION);
        seed(split.id(), "1.0.0", ApprovalStatus.DEPLOYED, Stage.STAGING);
        seed(split.id(), "2.0.0", ApprovalStatus.DRAFT, Stage.PRODUCTION);

        var filter = new RegisterFilter(tag, null, null, Stage.PRODUCTION, ApprovalStatus.DEPLOYED, null);
        var found = models.findAll(RegisterQueries.matching(filter, EnumSet.allOf(ApprovalStatus.class)));

        assertThat(found).extracting(Model::name).containsExactly(tag + " both");
    }

    @Test
    void end_user_visibility_hides_models_without_an_approved_version() {
        var tag = unique("Visible").replace(' ', '-');
        var approved = models.saveAndFlush(new Model(model(tag + " approved"), "dev", NOW));
        var draft = models.saveAndFlush(new Model(model(tag + " draft"), "dev", NOW));
        seed(approved.id(), "1.0.0", ApprovalStatus.APPROVED, Stage.STAGING);
        seed(draft.id(), "1.0.0", ApprovalStatus.DRAFT, Stage.DEVELOPMENT);

        var filter = new RegisterFilter(tag, null, null, null, null, null);
        var found = models.findAll(RegisterQueries.matching(filter, ApprovalStatus.VISIBLE_TO_END_USERS));

        assertThat(found).extracting(Model::name).containsExactly(tag + " approved");
    }

    @Test
    void text_search_finds_tags_and_escapes_wildcards() {
        var name = unique("Tagged");
        var details = model(name);
        var tagged = new ModelDetails(details.name(), details.description(), details.businessDomain(),
                details.owner(), details.developerTeam(), details.objective(), details.kpis(),
                details.euRiskCategory(), details.internalRiskTier(), details.riskJustification(),
                details.intendedUse(), details.outOfScopeUse(), java.util.List.of("zebra-" + name.substring(7)),
                details.reviewDate());
        models.saveAndFlush(new Model(tagged, "dev", NOW));

        var byTag = models.findAll(RegisterQueries.matching(
                new RegisterFilter("ZEBRA-" + name.substring(7), null, null, null, null, null),
                EnumSet.allOf(ApprovalStatus.class)));
        var wildcard = models.findAll(RegisterQueries.matching(
                new RegisterFilter("%_%_%_%_%_%_%_%", null, null, null, null, null),
                EnumSet.allOf(ApprovalStatus.class)));

        assertThat(byTag).extracting(Model::name).containsExactly(name);
        assertThat(wildcard).isEmpty();
    }

    private void seed(long modelId, String label, ApprovalStatus status, Stage stage) {
        var v = versions.saveAndFlush(new ModelVersion(modelId, version(label), null, "dev", NOW));
        v.seed(status, stage);
        versions.flush();
    }
}
