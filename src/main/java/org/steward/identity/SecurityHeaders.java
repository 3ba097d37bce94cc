package org.steward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. A servlet filter rather than Spring Security's header writers because Vaadin
 * serves its login view and static resources outside the security filter chain, and those responses need the
 * policy most. Spring Security's own defaults (no-store caching and the same values) still apply inside the chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /**
     * Vaadin Flow needs {@code 'unsafe-inline' 'unsafe-eval'} for scripts (its bootstrap page starts the client engine
     * with an inline script, and the engine builds functions from the expressions the server sends) and
     * {@code 'unsafe-inline'} for styles; everything else is limited to Steward's own origin. Charts are inline SVG,
     * downloads are blob URLs, push uses a same-origin WebSocket.
     */
    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API returns data, never pages: nothing may load from or frame its responses. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year, with subdomains; sent only on requests that arrived over TLS (see server.forward-headers-strategy). */
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
                response.setHeader("Content-Security-Policy", api ? API_POLICY : PORTAL_POLICY);
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
                if (request.isSecure()) {
                    response.setHeader("Strict-Transport-Security", HSTS);
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
