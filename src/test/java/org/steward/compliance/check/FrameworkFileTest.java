package org.steward.compliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.identity.Role;
import org.steward.register.EuRiskCategory;

/** The shipped framework files read completely; a broken file is refused with every mistake named. */
class FrameworkFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"eu-ai-act", "nist-ai-rmf", "sr-11-7"})
    void the_shipped_files_read_with_references_and_rules(String code) {
        var f = AssessorTest.shipped(code);

        assertThat(f.code()).isEqualTo(code);
        assertThat(f.revision()).isGreaterThanOrEqualTo(1);
        assertThat(f.requirements()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reference()).isNotBlank();
            assertThat(r.text()).isNotBlank();
            assertThat(r.manual() || !r.rules().isEmpty()).isTrue();
        });
    }

    @Test
    void the_eu_ai_act_covers_the_high_risk_articles_and_applies_to_eu_high_risk() {
        var f = AssessorTest.shipped("eu-ai-act");

        assertThat(f.requirements()).extracting(Requirement::reference).containsExactly("Art. 9", "Art. 10",
                "Art. 11, Annex IV", "Art. 12", "Art. 13", "Art. 14", "Art. 15(1)-(4)", "Art. 15(5)", "Art. 72");
        assertThat(f.applies().euRiskCategories()).containsExactly(EuRiskCategory.HIGH);
        assertThat(f.requirement("art-15-cybersecurity").orElseThrow().attestationDays()).isEqualTo(180);
        assertThat(f.requirement("art-9").orElseThrow().attestationDays()).isEqualTo(365);
        assertThat(f.requirement("art-12").orElseThrow().manual()).isFalse();
    }

    @Test
    void nist_lists_its_nineteen_categories_and_sr_11_7_its_three_sections() {
        var nist = AssessorTest.shipped("nist-ai-rmf");
        assertThat(nist.requirements()).hasSize(19);
        var functions = new HashSet<String>();
        nist.requirements().forEach(r -> functions.add(r.reference().split(" ")[0]));
        assertThat(functions).containsExactlyInAnyOrder("GOVERN", "MAP", "MEASURE", "MANAGE");
        assertThat(nist.applies().all()).isTrue();

        var sr = AssessorTest.shipped("sr-11-7");
        assertThat(sr.requirements()).extracting(Requirement::reference).containsOnly("Section IV", "Section V",
                "Section VI");
        assertThat(sr.applies().domains()).contains("credit", "banking");
    }

    @Test
    void every_rule_is_used_by_some_shipped_requirement() {
        var used = new HashSet<EvidenceRule>();
        for (var code : new String[] {"eu-ai-act", "nist-ai-rmf", "sr-11-7"}) {
            AssessorTest.shipped(code).requirements().forEach(r -> used.addAll(r.rules()));
        }
        assertThat(used).containsExactlyInAnyOrder(EvidenceRule.values());
    }

    @Test
    void a_broken_file_is_refused_with_every_mistake_named() {
        var yaml = """
                code: My Framework
                revision: 0
                title: A framework
                edition: 1
                source: internal
                summary: ours
                applies:
                  when: never
                requirements:
                  - code: r-1
                    reference: R1
                    title: One
                    text: The first.
                    rules: [VALIDATION, NO_SUCH_RULE]
                    attester: AUDITOR
                  - code: r-1
                    reference: R2
                    title: Two
                    text: The second.
                    rules: []
                    manual: false
                """;

        assertThatThrownBy(() -> FrameworkFile.parse("mine.yaml", yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mine.yaml is not a valid framework file: ")
                .hasMessageContaining("code 'My Framework' must be lower-case letters, digits and dashes")
                .hasMessageContaining("revision must be a whole number of 1 or more")
                .hasMessageContaining("applies: set all: true or list euRiskCategories")
                .hasMessageContaining("requirement r-1: unknown rule 'NO_SUCH_RULE' (known: RISK_TIER_JUSTIFIED,")
                .hasMessageContaining("requirement r-1: the attester must be RISK_OFFICER or BUSINESS_OWNER, not AUDITOR")
                .hasMessageContaining("with no rules and manual: false it could never be met");
    }

    @Test
    void unknown_keys_and_unreadable_yaml_are_refused() {
        assertThatThrownBy(() -> FrameworkFile.parse("typo.yaml", """
                code: typo
                revison: 1
                """)).hasMessageStartingWith("typo.yaml is not a valid framework file: ")
                .hasMessageContaining("revison");
        assertThatThrownBy(() -> FrameworkFile.parse("bad.yaml", "code: [unclosed"))
                .hasMessageStartingWith("bad.yaml is not a valid framework file: ");
    }

    @Test
    void attesters_are_the_roles_that_attest() {
        Set<Role> attesters = new HashSet<>();
        for (var code : new String[] {"eu-ai-act", "nist-ai-rmf", "sr-11-7"}) {
            AssessorTest.shipped(code).requirements().stream().filter(Requirement::manual)
                    .forEach(r -> attesters.add(r.attester()));
        }
        assertThat(attesters).containsExactlyInAnyOrder(Role.RISK_OFFICER, Role.BUSINESS_OWNER);
        assertThat(Arrays.asList(EvidenceRule.values())).hasSize(19);
    }
}
