package org.steward.identity;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** The authentication of an API call made with a personal token. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final String tokenPrefix;

    TokenAuthentication(String username, String tokenPrefix, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.username = username;
        this.tokenPrefix = tokenPrefix;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return tokenPrefix;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
