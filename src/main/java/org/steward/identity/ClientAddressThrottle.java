package org.steward.identity;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-ins from a client address that has failed too many of them, over whichever accounts: the per-account
 * lock ({@link LoginThrottle}) alone lets one address try a common password against every user name. A token bucket
 * per address (bucket4j) loses a token per failed sign-in and refills over the window. Behind a proxy the address is
 * the client's only with {@code server.forward-headers-strategy=native}.
 */
@Component
class ClientAddressThrottle {

    static final String REFUSED = "Too many failed sign-ins from your network address. Try again later.";

    /** Buckets of addresses that have failed recently; full buckets are dropped when the map grows. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration window;

    ClientAddressThrottle(@Value("${steward.security.max-failed-logins-per-address:50}") int capacity,
                          @Value("${steward.security.address-window:15m}") Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            if (buckets.size() >= MAX_TRACKED) {
                buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
            }
            buckets.computeIfAbsent(details.getRemoteAddress(), a -> newBucket()).tryConsume(1);
        }
    }

    boolean refuses(String address) {
        var bucket = buckets.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    /** Answers a refused address's sign-in like any failed one (back to the login view), without checking it. */
    OncePerRequestFilter filter(String loginPath) {
        var failure = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
        var signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (signIn.matches(request) && refuses(request.getRemoteAddr())) {
                    failure.onAuthenticationFailure(request, response, new LockedException(REFUSED));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
