package org.steward.identity;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.steward.identity.ui.LoginView;

/**
 * Two filter chains: a stateless one for {@code /api/**} that only accepts personal API tokens, and the
 * portal's session-based chain with Vaadin's login view. Method security ({@code @PreAuthorize}) guards every
 * service as well. JSR-250 method security stays off on purpose: views and layouts carry {@code @RolesAllowed} and
 * {@code @PermitAll} for Vaadin's navigation access control, and with it on, Spring would proxy every view bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger encoder later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenManagement tokens,
                               ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens,
                        strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problem(response, 401, "Unauthorized",
                                    "Send a valid personal API token as 'Authorization: Bearer stw_…'.");
                        })
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
                                "Your role or token scope does not allow this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http, RequestUtil vaadinRequests, ClientAddressThrottle addresses)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/styles/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(addresses.filter("/login"), UsernamePasswordAuthenticationFilter.class)
                // Vaadin's own CSRF set-up also exempts the login view's form POST (login CSRF: a foreign page could
                // sign the victim in as the attacker). Only Vaadin's internal requests are exempt here: UIDL and push
                // carry Vaadin's own CSRF token, checked by the framework; the login form sends Spring's _csrf.
                .csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false));
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
