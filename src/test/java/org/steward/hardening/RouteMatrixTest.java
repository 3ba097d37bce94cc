package org.steward.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.steward.base.ui.NotFoundView;
import org.steward.hardening.AccessLists.Route;
import org.steward.identity.Role;
import org.steward.identity.TestUsers;
import org.steward.identity.ui.LoginView;

/**
 * Every Vaadin route against {@code hardening/routes.yaml}: the list matches the route registry, and each sample is
 * opened anonymously and as each role's demo user through Vaadin's navigation access control.
 */
@SpringBootTest
class RouteMatrixTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_list_names_every_route_and_nothing_else() {
        var actual = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !testOnly(r.getNavigationTarget()))
                .map(RouteBaseData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        var listed = AccessLists.routes().stream().map(Route::path).collect(Collectors.toCollection(TreeSet::new));

        var unlisted = new TreeSet<>(actual);
        unlisted.removeAll(listed);
        var stale = new TreeSet<>(listed);
        stale.removeAll(actual);

        assertThat(unlisted).as("Vaadin routes missing from src/test/resources/hardening/routes.yaml; add:\n"
                + unlisted.stream().map(p -> "  - path: '" + p + "'\n    sample: '" + p + "'\n    roles: ["
                        + String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::name).toList()) + "]\n")
                .collect(Collectors.joining())).isEmpty();
        assertThat(stale).as("entries in routes.yaml that the application no longer has; remove them").isEmpty();
    }

    /** Views that tests declare for themselves (e.g. a view that fails on purpose) are not the application's. */
    private static boolean testOnly(Class<?> view) {
        var source = view.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    @Test
    void every_route_admits_its_roles_and_no_one_else() {
        var softly = new SoftAssertions();
        for (var route : AccessLists.routes()) {
            var target = RouteConfiguration.forApplicationScope().getRoute(route.sample()).orElseThrow(
                    () -> new AssertionError("sample '" + route.sample() + "' matches no route"));

            TestUsers.signOut();
            UI.getCurrent().navigate(route.sample());
            softly.assertThat(getCurrentView().getClass()).as("anonymous on '" + route.sample() + "'")
                    .isEqualTo(route.anonymous() ? target : LoginView.class);

            for (var role : Role.values()) {
                TestUsers.signIn(userDetails, EndpointMatrixTest.ACTING.get(role));
                UI.getCurrent().navigate(route.sample());
                var expected = route.roles().contains(role) ? target : NotFoundView.class;
                softly.assertThat(getCurrentView().getClass()).as(role + " on '" + route.sample() + "'")
                        .isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    @Test
    void a_signed_in_user_on_an_unknown_address_sees_the_not_found_view() {
        TestUsers.signIn(userDetails, "dev");

        UI.getCurrent().navigate("no-such-page/42");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((NotFoundView) getCurrentView()).getElement().getTextRecursively()).contains("Page not found")
                .contains("roles do not allow");
    }
}
