package org.steward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer stw_…} requests to the API; anything else stays anonymous. */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenManagement tokens;
    private final SecurityContextHolderStrategy strategy;

    ApiTokenFilter(ApiTokenManagement tokens, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).strip()).ifPresent(auth -> {
                var context = strategy.createEmptyContext();
                context.setAuthentication(auth);
                strategy.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
