package org.steward.identity;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up or background work as a named user, so that it passes the same role checks and leaves the
 * same change-log trail as that user's own actions. Only start-up code may use it (ArchUnit).
 */
@Component
public class RunAs {

    private final SecurityContextHolderStrategy strategy;

    RunAs(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T call(String username, Set<Role> roles, Supplier<T> action) {
        var previous = strategy.getContext();
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        strategy.setContext(context);
        try {
            return action.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void run(String username, Set<Role> roles, Runnable action) {
        call(username, roles, () -> {
            action.run();
            return null;
        });
    }
}
