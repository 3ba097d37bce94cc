package org.steward.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.protection.DataProtection;
import org.steward.register.ModelRegister;

/**
 * Protection of stored samples: recorded downloads of raw data by users an administrator granted it, erasure of
 * one sample on request by administrators and risk officers, the grants themselves, and the state of the
 * encryption keys and their rotation. Every change and download goes to the ledger.
 */
@Service
@Transactional
public class DatasetProtection {

    static final String NO_GRANT = "Downloading raw samples needs the raw-data access grant, whatever your role; "
            + "an administrator gives it under Data protection. Results stay readable without it.";
    private static final int REASON_MAX = Dataset.PURGE_REASON_MAX;

    private final StoredDatasets datasets;
    private final DownloadGrants grants;
    private final StoredContent stored;
    private final Purger purger;
    private final KeyRotation rotation;
    private final ModelRegister register;
    private final DataProtection protection;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatasetProtection(StoredDatasets datasets, DownloadGrants grants, StoredContent stored, Purger purger,
                      KeyRotation rotation, ModelRegister register, DataProtection protection, UserDirectory users,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.datasets = datasets;
        this.grants = grants;
        this.stored = stored;
        this.purger = purger;
        this.rotation = rotation;
        this.register = register;
        this.protection = protection;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user holds the raw-data access grant. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canDownload() {
        return grants.existsById(currentUser.username());
    }

    /** Whether the signed-in user may erase a sample on request (administrators and risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canErase() {
        return currentUser.has(Role.ADMIN) || currentUser.has(Role.RISK_OFFICER);
    }

    /**
     * The stored CSV of a sample for a user with the grant, who says why; the download is in the ledger before a
     * byte leaves. Purged samples have nothing to download.
     */
    @PreAuthorize("isAuthenticated()")
    public RawSample download(long datasetId, String reason) {
        if (!canDownload()) {
            throw new PermissionDeniedException(NO_GRANT);
        }
        var why = reason(reason, "reason", "say why you need the raw data");
        var dataset = dataset(datasetId);
        var view = dataset.view();
        register.get(view.modelId());
        byte[] csv;
        try (var in = SampleArchive.open(stored.gzip(dataset))) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read stored dataset " + datasetId, e);
        }
        events.publishEvent(new DatasetDownloaded(view.modelId(), view.id(), view.fileName(), view.sha256(), why,
                currentUser.username(), clock.instant()));
        return new RawSample(view.fileName(), csv);
    }

    /** Purges one sample's raw data now, on an erasure request, with a rationale; refused under a legal hold. */
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER')")
    public DatasetView erase(long datasetId, String rationale) {
        var why = reason(rationale, "rationale", "say why the raw data is erased (e.g. the request it answers)");
        var view = dataset(datasetId).view();
        var facts = protection.facts(view.modelId());
        if (facts.legalHold()) {
            throw new ConflictException("The model is on legal hold (" + facts.legalHoldReason() + "): its raw "
                    + "samples cannot be erased until the hold is lifted.");
        }
        return purger.purge(datasetId, DatasetPurged.Cause.ERASURE, why, currentUser.username());
    }

    /** Whether the signed-in user grants and revokes raw-data access and starts re-encryption (administrators). */
    @PreAuthorize("isAuthenticated()")
    public boolean canManageAccess() {
        return currentUser.has(Role.ADMIN);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccessGrant> grants(Pageable page) {
        return grants.findAll(page).map(DownloadGrant::view).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countGrants() {
        return grants.count();
    }

    /** Allows an active user to download raw samples, with the reason. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccessGrant grant(String username, String reason) {
        var why = reason(reason, "reason", "say why this user needs raw data");
        var name = username.strip();
        if (Arrays.stream(Role.values()).noneMatch(r -> users.isActiveWithRole(name, r))) {
            throw InvalidInputException.of("username", "no active user is called '" + name + "'");
        }
        if (grants.existsById(name)) {
            throw new ConflictException(name + " may already download raw samples.");
        }
        var grant = grants.save(new DownloadGrant(name, currentUser.username(), clock.instant(), why));
        events.publishEvent(new RawDataAccessChanged(name, true, why, currentUser.username(), clock.instant()));
        return grant.view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(String username, String reason) {
        var why = reason(reason, "reason", "say why the grant ends");
        var grant = grants.findById(username)
                .orElseThrow(() -> new NotFoundException(username + " holds no raw-data access grant."));
        grants.delete(grant);
        events.publishEvent(new RawDataAccessChanged(username, false, why, currentUser.username(), clock.instant()));
    }

    /** The keys, how many stored items (samples, monitoring batches, …) each encrypts, and the re-encryption. */
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER', 'AUDITOR')")
    @Transactional(readOnly = true)
    public KeyStatus keyStatus() {
        var keys = stored.keys();
        var byKey = new TreeMap<String, Long>();
        var stores = new ArrayList<KeyStatus.Store>();
        long pending = 0;
        for (var store : rotation.stores()) {
            var counts = store.countByKey();
            counts.forEach((key, n) -> byKey.merge(key, n, Long::sum));
            var waiting = store.countNotEncryptedWith(keys.activeId());
            pending += waiting;
            stores.add(new KeyStatus.Store(store.label(), counts, waiting));
        }
        return new KeyStatus(keys.activeId(), List.copyOf(keys.ids()), byKey, pending,
                datasets.countByPurgedAtIsNotNull(), rotation.progress(), stores);
    }

    /** Starts re-encrypting every sample not on the active key, in the background. */
    @PreAuthorize("hasRole('ADMIN')")
    public void startRotation() {
        rotation.start();
    }

    private Dataset dataset(long datasetId) {
        return datasets.findById(datasetId)
                .orElseThrow(() -> new NotFoundException("Dataset " + datasetId + " is not in the register."));
    }

    private static String reason(String text, String field, String missing) {
        if (text.isBlank()) {
            throw InvalidInputException.of(field, missing);
        }
        if (text.strip().length() > REASON_MAX) {
            throw InvalidInputException.of(field, "at most " + REASON_MAX + " characters");
        }
        return text.strip();
    }
}
