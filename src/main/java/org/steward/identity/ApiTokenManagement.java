package org.steward.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.base.Validation;

/** Personal API tokens: created in the portal, shown once, stored as a hash, scoped and revocable. */
@Service
@Transactional
public class ApiTokenManagement {

    static final String TOKEN_PREFIX = "stw_";
    static final int MAX_VALID_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenManagement(ApiTokens tokens, UserAccounts accounts, CurrentUser currentUser,
                       ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A newly created token; {@code secret} is shown to its owner this once and never again. */
    public record CreatedToken(ApiTokenSummary token, String secret) {
    }

    /** Scopes the signed-in user's roles allow on a token. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiScope> grantableScopes() {
        var roles = currentUser.roles();
        return java.util.Arrays.stream(ApiScope.values()).filter(s -> s.grantableBy(roles)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name, Set<ApiScope> scopes, @Nullable Integer validDays) {
        var errors = new HashMap<String, String>();
        if (name == null || name.isBlank()) {
            errors.put("name", "give the token a name that says where it is used");
        } else if (name.length() > ApiToken.NAME_MAX) {
            errors.put("name", "at most " + ApiToken.NAME_MAX + " characters");
        }
        if (scopes.isEmpty()) {
            errors.put("scopes", "choose at least one scope");
        }
        var roles = currentUser.roles();
        var refused = scopes.stream().filter(s -> !s.grantableBy(roles)).map(ApiScope::value).toList();
        if (!refused.isEmpty()) {
            errors.put("scopes", "your roles do not allow " + String.join(", ", refused));
        }
        if (validDays != null && (validDays < 1 || validDays > MAX_VALID_DAYS)) {
            errors.put("validDays", "between 1 and " + MAX_VALID_DAYS + " days");
        }
        Validation.throwIfAny(errors);

        var owner = accounts.findByUsername(currentUser.username())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        var secret = newSecret();
        var now = clock.instant();
        var token = tokens.save(new ApiToken(owner, name.strip(), Sha256.hex(secret),
                secret.substring(0, TOKEN_PREFIX.length() + 8), scopes, now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays))));
        events.publishEvent(new AccountChanged(owner.username(), "API_TOKEN_CREATED",
                "API token '" + token.name() + "' (" + token.prefix() + "…) with scopes " + scopeNames(scopes),
                owner.username(), now));
        return new CreatedToken(ApiTokenSummary.of(token), secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> listMine(Pageable page) {
        return tokens.findByOwnerUsernameOrderByCreatedAtDesc(currentUser.username(), page)
                .map(ApiTokenSummary::of).getContent();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMine() {
        return tokens.countByOwnerUsername(currentUser.username());
    }

    /** Revokes one of the caller's tokens (administrators may revoke anyone's). */
    @PreAuthorize("isAuthenticated()")
    public ApiTokenSummary revoke(long tokenId) {
        var token = tokens.findById(tokenId)
                .orElseThrow(() -> new NotFoundException("API token " + tokenId + " does not exist."));
        var me = currentUser.username();
        if (!token.owner().username().equals(me) && !currentUser.has(Role.ADMIN)) {
            throw new PermissionDeniedException("You can only revoke your own API tokens.");
        }
        token.revoke(clock.instant());
        events.publishEvent(new AccountChanged(token.owner().username(), "API_TOKEN_REVOKED",
                "API token '" + token.name() + "' (" + token.prefix() + "…) revoked", me, clock.instant()));
        return ApiTokenSummary.of(token);
    }

    /** Resolves a presented secret to the authorities of its owner's roles plus its scopes. */
    @Transactional
    Optional<TokenAuthentication> authenticate(String secret) {
        if (!secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(Sha256.hex(secret))
                .filter(t -> t.usableAt(now))
                .map(t -> {
                    tokens.touch(t.id(), now, now.minusSeconds(60));
                    List<GrantedAuthority> authorities = new ArrayList<>();
                    t.owner().roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
                    t.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
                    return new TokenAuthentication(t.owner().username(), t.prefix(), authorities);
                });
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String scopeNames(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().toList().toString();
    }
}
