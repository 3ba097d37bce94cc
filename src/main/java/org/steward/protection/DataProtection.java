package org.steward.protection;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.RiskLevel;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * The data-protection facts of models: everyone who may see a model reads them; its business owner and risk
 * officers record them and place or lift a legal hold, each change in the ledger.
 */
@Service
@Transactional
public class DataProtection {

    private final ModelProtections protections;
    private final ModelRegister register;
    private final RetentionDefaults defaults;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataProtection(ModelProtections protections, ModelRegister register, RetentionDefaults defaults,
                   CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.protections = protections;
        this.register = register;
        this.defaults = defaults;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProtectionFacts facts(long modelId) {
        var model = register.get(modelId);
        var fallback = defaults.of(RiskLevel.of(model.details()));
        return protections.findById(modelId).map(p -> p.facts(fallback))
                .orElseGet(() -> new ModelProtection(modelId).facts(fallback));
    }

    /** Whether the signed-in user sees the Data protection tab: everyone but end users, like the datasets. */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** Whether the signed-in user may change the facts and the legal hold: the model's owner or a risk officer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(long modelId) {
        return mayEdit(register.get(modelId));
    }

    /** Records the facts; {@code expectedVersion} is the version read, or nothing changes. */
    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public ProtectionFacts update(long modelId, long expectedVersion, ProtectionChange change) {
        var model = editable(modelId);
        validate(change);
        var protection = current(modelId, expectedVersion);
        protection.apply(change, currentUser.username(), clock.instant());
        var saved = protections.saveAndFlush(protection);
        var facts = saved.facts(defaults.of(RiskLevel.of(model.details())));
        events.publishEvent(new DataProtectionChanged(modelId, describe(facts), currentUser.username(),
                clock.instant()));
        return facts;
    }

    /** Places or lifts the legal hold, with a rationale; while held, no raw sample of the model is purged. */
    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public ProtectionFacts legalHold(long modelId, long expectedVersion, boolean hold, String rationale) {
        var model = editable(modelId);
        if (rationale.isBlank()) {
            throw InvalidInputException.of("rationale", "say why the legal hold is " + (hold ? "placed" : "lifted"));
        }
        if (rationale.strip().length() > ModelProtection.TEXT_MAX) {
            throw InvalidInputException.of("rationale", "at most " + ModelProtection.TEXT_MAX + " characters");
        }
        var protection = current(modelId, expectedVersion);
        if (protection.legalHold() == hold) {
            throw new ConflictException(hold ? "The model is already on legal hold." : "The model is not on legal hold.");
        }
        protection.hold(hold, rationale.strip(), currentUser.username(), clock.instant());
        var saved = protections.saveAndFlush(protection);
        events.publishEvent(new LegalHoldChanged(modelId, hold, rationale.strip(), currentUser.username(),
                clock.instant()));
        return saved.facts(defaults.of(RiskLevel.of(model.details())));
    }

    private ModelView editable(long modelId) {
        var model = register.get(modelId);
        if (!mayEdit(model)) {
            throw new PermissionDeniedException("Only the model's business owner or a risk officer records its "
                    + "data-protection facts.");
        }
        return model;
    }

    private boolean mayEdit(ModelView model) {
        return currentUser.has(Role.RISK_OFFICER) || (currentUser.has(Role.BUSINESS_OWNER)
                && model.details().owner().equals(currentUser.username()));
    }

    private ModelProtection current(long modelId, long expectedVersion) {
        var protection = protections.findById(modelId).orElseGet(() -> new ModelProtection(modelId));
        if (protection.version() != expectedVersion) {
            throw new ConflictException("Someone changed the data-protection facts meanwhile; reload and try again.");
        }
        return protection;
    }

    private static void validate(ProtectionChange change) {
        var errors = new LinkedHashMap<String, String>();
        if (change.dpiaReference() != null && change.dpiaReference().length() > ModelProtection.REFERENCE_MAX) {
            errors.put("dpiaReference", "at most " + ModelProtection.REFERENCE_MAX + " characters");
        }
        if (String.join("\n", change.dataCategories()).length() > ModelProtection.TEXT_MAX) {
            errors.put("dataCategories", "at most " + ModelProtection.TEXT_MAX + " characters in all");
        }
        var days = change.retentionDays();
        if (days != null && (days < 1 || days > ModelProtection.MAX_RETENTION_DAYS)) {
            errors.put("retentionDays", "between 1 and " + ModelProtection.MAX_RETENTION_DAYS + " days, or empty "
                    + "for the default of the risk level");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String describe(ProtectionFacts f) {
        return "lawful basis " + (f.lawfulBasis() == null ? "not recorded" : f.lawfulBasis().label())
                + "; DPIA " + (f.dpiaReference() == null ? "not recorded" : f.dpiaReference()
                + (f.dpiaDate() == null ? "" : " of " + f.dpiaDate()))
                + "; data categories " + (f.dataCategories().isEmpty() ? "none" : String.join(", ", f.dataCategories()))
                + "; raw samples kept " + f.retentionDays() + " days" + (f.retentionFromTier() ? " (risk default)" : "");
    }
}
