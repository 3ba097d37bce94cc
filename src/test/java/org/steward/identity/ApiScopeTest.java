package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiScopeTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_may_grant_register_read(Role role) {
        assertThat(ApiScope.REGISTER_READ.grantableBy(Set.of(role))).isTrue();
    }

    @Test
    void only_developers_and_business_owners_may_grant_register_write() {
        var allowed = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (ApiScope.REGISTER_WRITE.grantableBy(Set.of(role))) {
                allowed.add(role);
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER);
    }

    @Test
    void only_developers_may_grant_monitoring_write() {
        var allowed = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (ApiScope.MONITORING_WRITE.grantableBy(Set.of(role))) {
                allowed.add(role);
            }
        }
        assertThat(allowed).containsExactly(Role.MODEL_DEVELOPER);
    }

    @Test
    void one_qualifying_role_among_several_is_enough() {
        assertThat(ApiScope.MONITORING_WRITE.grantableBy(Set.of(Role.AUDITOR, Role.MODEL_DEVELOPER))).isTrue();
        assertThat(ApiScope.REGISTER_WRITE.grantableBy(Set.of(Role.ADMIN, Role.AUDITOR))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ApiScope.class)
    void no_roles_grant_nothing(ApiScope scope) {
        assertThat(scope.grantableBy(Set.of())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ApiScope.class)
    void scopes_parse_from_their_value_and_carry_a_scope_authority(ApiScope scope) {
        assertThat(ApiScope.parse(scope.value())).contains(scope);
        assertThat(scope.authority()).isEqualTo("SCOPE_" + scope.value());
    }

    @Test
    void unknown_scope_values_do_not_parse() {
        assertThat(ApiScope.parse("register:delete")).isEmpty();
    }
}
