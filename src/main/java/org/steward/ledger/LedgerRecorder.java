package org.steward.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.GovernanceEvent;
import org.steward.identity.Role;

/**
 * Appends every governance event to the ledger in the transaction of the change itself, so that neither exists
 * without the other, and every sign-in of a privileged user in a transaction of its own. Appenders lock the
 * ledger head row first, so concurrent appends queue up: the chain never forks and sequence numbers never skip.
 */
@Component
class LedgerRecorder {

    private static final Set<Role> PRIVILEGED = Set.of(Role.ADMIN, Role.RISK_OFFICER, Role.AUDITOR);

    private final LedgerHeads heads;
    private final LedgerEntries entries;
    private final Clock clock;

    LedgerRecorder(LedgerHeads heads, LedgerEntries entries, Clock clock) {
        this.heads = heads;
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GovernanceEvent event) {
        append(event);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent event) {
        var authorities = event.getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        var roles = Arrays.stream(Role.values())
                .filter(r -> PRIVILEGED.contains(r) && authorities.contains(r.authority()))
                .map(Role::name).toList();
        if (!roles.isEmpty()) {
            append(new PrivilegedSignIn(event.getAuthentication().getName(), roles, clock.instant()));
        }
    }

    private void append(GovernanceEvent event) {
        var head = heads.lock();
        long seq = head.seq() + 1;
        // the database keeps microseconds; hash exactly what it will give back
        var at = event.at().truncatedTo(ChronoUnit.MICROS);
        var payload = CanonicalJson.of(event);
        var hash = LedgerHash.of(seq, at, event.actor(), event.kind(), event.subject(), payload, head.hash());
        entries.save(new LedgerEntry(new LedgerRecord(seq, at, event.actor(), event.kind(), event.subject(), payload,
                head.hash(), hash)));
        head.advance(seq, hash);
    }
}
