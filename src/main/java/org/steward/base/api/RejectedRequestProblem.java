package org.steward.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses before any controller sees it ({@code /models/%00},
 * {@code /models/..%2F..}) is answered with a 400 problem like every other bad request, not an empty body.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://steward.example/problems/rejected\",\"title\":\"Rejected "
                + "request\",\"status\":400,\"detail\":\"The address contains characters or sequences Steward "
                + "does not accept (such as an encoded NUL, slash or '..').\"}");
    }
}
