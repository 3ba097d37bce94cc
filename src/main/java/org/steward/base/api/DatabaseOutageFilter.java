package org.steward.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.steward.base.DatabaseOutage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 503 problem of {@link ProblemDetailsAdvice} for API requests that fail on the database before they reach a
 * controller, e.g. while the security filters look up an API token. Runs outside every other filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            var answer = ProblemDetailsAdvice.databaseUnavailable();
            response.resetBuffer();
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            var problem = answer.getBody();
            var body = new LinkedHashMap<String, Object>();
            body.put("type", String.valueOf(problem.getType()));
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", request.getRequestURI());
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
        }
    }
}
