package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.NotFoundException;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;

/**
 * Who sees which card: end users find published cards of deployed versions in the catalogue, may open those of approved
 * versions, and never see drafts.
 */
@SpringBootTest
class CardVisibilityTest {

    @Autowired
    CardAuthoring authoring;

    @Autowired
    CardCatalogue catalogue;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    private CardFixtures f() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring);
    }

    @Test
    void end_users_find_a_published_card_of_a_deployed_version_in_the_catalogue_by_its_name() {
        var f = f();
        var fixture = f.deployed();
        var name = fixture.model().name();

        var found = f.asEndUser("enduser", () -> catalogue.list(name, PageRequest.of(0, 10)));

        assertThat(found).extracting(CatalogueEntry::cardId).containsExactly(fixture.card().id());
        assertThat(f.asEndUser("enduser", () -> catalogue.count(name))).isEqualTo(1);
        assertThat(f.asEndUser("enduser", () -> catalogue.get(fixture.card().id())).content().details().name())
                .isEqualTo(name);
    }

    @Test
    void a_card_of_an_approved_version_not_deployed_yet_is_listed_for_the_register_not_for_end_users() {
        var f = f();
        var fixture = f.published();
        var name = fixture.model().name();

        assertThat(f.asEndUser("enduser", () -> catalogue.count(name))).isZero();
        assertThat(f.asEndUser("enduser", () -> catalogue.list(name, PageRequest.of(0, 10)))).isEmpty();
        assertThat(f.asAuditor(() -> catalogue.list(name, PageRequest.of(0, 10))))
                .extracting(CatalogueEntry::cardId, CatalogueEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fixture.card().id(), ApprovalStatus.APPROVED));
        // a link to it still opens, and says plainly that nobody is affected yet
        assertThat(f.asEndUser("enduser", () -> catalogue.plain(fixture.card().id())).health())
                .isEqualTo(PlainLanguage.NOT_DEPLOYED);
    }

    @Test
    void drafts_are_never_in_the_catalogue_and_not_found_for_end_users() {
        var f = f();
        var model = f.lowRisk();
        f.seeded(model, "1.0.0", ApprovalStatus.APPROVED);
        var draft = f.saveAsDev(model, "1.0.0", CardFixtures.COMPLETE);

        assertThat(f.asEndUser("enduser", () -> catalogue.count(model.name()))).isZero();
        assertThatThrownBy(() -> f.asEndUser("enduser", () -> catalogue.get(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.asEndUser("enduser", () -> catalogue.latest(model.id(), "1.0.0")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_card_whose_version_was_suspended_leaves_the_catalogue_but_stays_readable_for_the_register() {
        var f = f();
        var fixture = f.deployed();
        assertThat(f.asEndUser("enduser", () -> catalogue.count(fixture.model().name()))).isEqualTo(1);
        var version = f.asAuditor(() -> register.version(fixture.model().id(), "1.0.0"));
        seeding.seed(version.id(), ApprovalStatus.SUSPENDED, Stage.STAGING);

        assertThat(f.asEndUser("enduser", () -> catalogue.count(fixture.model().name()))).isZero();
        assertThatThrownBy(() -> f.asEndUser("enduser", () -> catalogue.get(fixture.card().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.asAuditor(() -> catalogue.get(fixture.card().id())).card().id()).isEqualTo(fixture.card().id());
    }

    @Test
    void only_the_latest_published_card_of_a_version_is_listed() {
        var f = f();
        var fixture = f.deployed();
        var model = fixture.model();
        var second = f.saveAsDev(model, "1.0.0", new CardText("MIT", "a@example.org", "New limits.", null, null,
                null));
        var republished = f.asOwner(() -> authoring.publish(model.id(), "1.0.0", second.lock()));

        assertThat(f.asEndUser("enduser", () -> catalogue.list(model.name(), PageRequest.of(0, 10))))
                .extracting(CatalogueEntry::cardId, CatalogueEntry::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(republished.id(), 2));
        // the older version stays readable
        assertThat(f.asEndUser("enduser", () -> catalogue.get(fixture.card().id())).card().number()).isEqualTo(1);
    }

    @Test
    void the_plain_view_says_honestly_what_has_not_been_measured() {
        var f = f();
        var fixture = f.deployed();

        var plain = f.asEndUser("enduser", () -> catalogue.plain(fixture.card().id()));

        assertThat(plain.howWell()).isEqualTo(PlainLanguage.NOT_MEASURED);
        assertThat(plain.correctOutOf100()).isNull();
        assertThat(plain.lessAccurateFor()).containsExactly(PlainLanguage.NO_FAIRNESS);
        assertThat(plain.health()).isEqualTo(PlainLanguage.NOT_MONITORED);
        assertThat(plain.purpose()).contains("It helps with this decision: Whether to ship.");
        assertThat(plain.limitations()).contains("<strong>uncertain</strong>");
        assertThat(plain.lastReview()).startsWith("Status: Approved");
    }
}
