package org.steward.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated failed sign-ins, to slow down password guessing. */
@Component
class LoginThrottle {

    private final UserAccounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(UserAccounts accounts, Clock clock,
                  @Value("${steward.security.max-failed-logins:5}") int maxFailures,
                  @Value("${steward.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    Duration lockDuration() {
        return lockFor;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            accounts.findByUsername(token.getName())
                    .ifPresent(a -> a.recordFailedLogin(clock.instant(), maxFailures, lockFor));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.findByUsername(event.getAuthentication().getName())
                    .ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
