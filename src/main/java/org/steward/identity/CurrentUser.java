package org.steward.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.base.PermissionDeniedException;

/** Who is acting right now, whether signed in to the portal or calling the API with a token. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        // the strategy bean, not the static holder: Vaadin keeps the context in the VaadinSession
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The acting user's name; fails if nobody is signed in. */
    public String username() {
        var auth = authentication();
        if (auth == null) {
            throw new PermissionDeniedException("Sign in first.");
        }
        return auth.getName();
    }

    public Set<Role> roles() {
        var auth = authentication();
        var roles = EnumSet.noneOf(Role.class);
        if (auth != null) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                for (Role r : Role.values()) {
                    if (r.authority().equals(a.getAuthority())) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    private @Nullable Authentication authentication() {
        var auth = strategy.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
