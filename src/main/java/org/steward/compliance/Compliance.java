package org.steward.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.base.Validation;
import org.steward.compliance.ComplianceEvent.ApplicabilityChanged;
import org.steward.compliance.ComplianceEvent.AttestationRecorded;
import org.steward.compliance.ComplianceEvent.AttestationWithdrawn;
import org.steward.compliance.check.ApplicabilityChoice;
import org.steward.compliance.check.AttestationView;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.check.Requirement;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * A model's compliance: its assessment against every framework (now, or as of a past day), the attestations that
 * meet requirements by hand, and risk officers' decisions on which frameworks apply. Auditors, risk officers,
 * administrators and business owners read; risk officers and business owners attest (each the requirements of
 * their role, owners for their own models); risk officers decide applicability and withdraw attestations. Every
 * change is published as a {@link ComplianceEvent}.
 */
@Service
@Transactional
public class Compliance {

    static final String READERS = "hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN', 'BUSINESS_OWNER')";
    static final String AS_OF_READERS = "hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN')";
    private static final Set<Role> READER_ROLES =
            EnumSet.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN, Role.BUSINESS_OWNER);
    private static final Set<Role> AS_OF_ROLES = EnumSet.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN);
    private static final Set<String> SAFE_TYPES = Set.of("application/pdf", "text/plain", "text/csv", "image/png",
            "image/jpeg", "application/zip", "application/msword", "application/vnd.ms-excel", "application/json");

    private final FrameworkCatalogue catalogue;
    private final Assessments assessments;
    private final Attestations attestations;
    private final AttestationFiles files;
    private final ApplicabilityDecisions decisions;
    private final ModelRegister register;
    private final ComplianceSettings settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Compliance(FrameworkCatalogue catalogue, Assessments assessments, Attestations attestations,
               AttestationFiles files, ApplicabilityDecisions decisions, ModelRegister register,
               ComplianceSettings settings, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.attestations = attestations;
        this.files = files;
        this.decisions = decisions;
        this.register = register;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may read compliance (auditors, risk officers, administrators, business owners). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(READER_ROLES::contains);
    }

    /** Whether the signed-in user may assess a past day (auditors, risk officers, administrators). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canReadAsOf() {
        return currentUser.roles().stream().anyMatch(AS_OF_ROLES::contains);
    }

    /** The frameworks Steward assesses, each in its current revision. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FrameworkRevision> frameworks() {
        return catalogue.current();
    }

    /** The model's compliance now. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ModelCompliance assess(long modelId) {
        return assessments.assess(register.get(modelId), clock.instant(), true, assessments.verifyLedger());
    }

    /** The model's compliance at the end of {@code day} (UTC), from what was on record by then. */
    @PreAuthorize(AS_OF_READERS)
    @Transactional(readOnly = true)
    public ModelCompliance assess(long modelId, LocalDate day) {
        var at = assessments.endOf(day);
        return assessments.assess(register.get(modelId), at, false, assessments.verifyLedger());
    }

    /** The model's attestations, newest first, withdrawn and expired ones included. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AttestationView> attestations(long modelId) {
        register.get(modelId);
        return attestations.findByModelIdOrderByIdAsc(modelId).stream().map(Attestation::view)
                .sorted(Comparator.comparing(AttestationView::id).reversed()).toList();
    }

    /** The file attached to an attestation. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Attachment attachment(long attestationId) {
        var attestation = attestations.findById(attestationId).orElseThrow(() -> noAttestation(attestationId));
        register.get(attestation.modelId());
        var view = attestation.view();
        var file = files.findById(attestationId).orElseThrow(() -> noAttestation(attestationId));
        return new Attachment(view.fileName(), view.fileType(), file.content());
    }

    /** The risk officers' applicability decisions about the model, oldest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ApplicabilityChoice> applicabilityHistory(long modelId) {
        register.get(modelId);
        return decisions.findByModelIdOrderByIdAsc(modelId).stream().map(ApplicabilityDecision::view).toList();
    }

    /** Whether the signed-in user may attest this requirement of the model (its attester role, owners their own). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canAttest(long modelId, Requirement requirement) {
        return requirement.manual() && requirement.attester() != null
                && mayAttest(register.get(modelId), requirement.attester());
    }

    /** Whether the signed-in user decides applicability and withdraws attestations (risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canDecide() {
        return currentUser.has(Role.RISK_OFFICER);
    }

    /**
     * Attests that the model meets a requirement, with a statement and a supporting file; it counts until the
     * requirement's validity period ends. Refused, storing nothing, when the requirement cannot be attested, the
     * caller is not its attester, or the statement or file is missing or too large.
     */
    @PreAuthorize("hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER')")
    public AttestationView attest(long modelId, String framework, String requirement, String statement,
                                  String fileName, @Nullable String contentType, byte[] content) {
        var model = register.get(modelId);
        var revision = catalogue.current(framework).orElseThrow(() -> new NotFoundException(
                "There is no compliance framework '" + framework + "'."));
        var req = revision.framework().requirement(requirement).orElseThrow(() -> new NotFoundException(
                revision.framework().title() + " has no requirement '" + requirement + "'."));
        if (!req.manual() || req.attester() == null) {
            throw InvalidInputException.of("requirement", req.reference() + " " + req.title()
                    + " is met by register evidence only and cannot be attested");
        }
        if (!mayAttest(model, req.attester())) {
            throw new PermissionDeniedException(req.attester() == Role.BUSINESS_OWNER
                    ? "Only the model's business owner (" + model.details().owner() + ") attests " + req.reference()
                    + "." : "Only a risk officer attests " + req.reference() + ".");
        }
        var errors = new LinkedHashMap<String, String>();
        var text = statement == null ? "" : statement.strip();
        if (text.length() < Attestation.STATEMENT_MIN) {
            errors.put("statement", "state in at least " + Attestation.STATEMENT_MIN
                    + " characters how the requirement is met");
        } else if (text.length() > Attestation.STATEMENT_MAX) {
            errors.put("statement", "keep the statement under " + Attestation.STATEMENT_MAX + " characters");
        }
        if (content.length == 0) {
            errors.put("file", "attach the document that supports the statement");
        } else if (content.length > settings.maxAttachmentSize().toBytes()) {
            errors.put("file", "the file is larger than " + settings.maxAttachmentSize().toMegabytes() + " MB");
        }
        var name = fileName(fileName);
        if (name.isEmpty()) {
            errors.put("file", "the file needs a name");
        }
        Validation.throwIfAny(errors);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var expires = now.plus(Duration.ofDays(req.attestationDays()));
        var type = contentType(contentType);
        var sha = Sha256.hex(content);
        var saved = attestations.save(new Attestation(modelId, framework, revision.framework().revision(),
                requirement, text, name, type, content.length, sha, currentUser.username(), now, expires));
        files.save(new AttestationFile(saved.id(), content));
        events.publishEvent(new AttestationRecorded(modelId, saved.id(), framework, requirement, name, sha, expires,
                currentUser.username(), now));
        return saved.view();
    }

    /** Withdraws an attestation (risk officers), with a reason; it no longer counts from now on. */
    @PreAuthorize("hasRole('RISK_OFFICER')")
    public AttestationView withdraw(long attestationId, String reason) {
        var attestation = attestations.findById(attestationId).orElseThrow(() -> noAttestation(attestationId));
        register.get(attestation.modelId());
        var text = reason == null ? "" : reason.strip();
        if (text.length() < 10 || text.length() > Attestation.REASON_MAX) {
            throw InvalidInputException.of("reason", "give the reason in 10 to " + Attestation.REASON_MAX
                    + " characters");
        }
        if (attestation.withdrawn()) {
            throw new ConflictException("The attestation was already withdrawn.");
        }
        var now = clock.instant();
        attestation.withdraw(currentUser.username(), now, text);
        attestations.flush();
        var view = attestation.view();
        events.publishEvent(new AttestationWithdrawn(view.modelId(), view.id(), view.frameworkCode(),
                view.requirementCode(), text, currentUser.username(), now));
        return view;
    }

    /**
     * Decides whether a framework applies to the model (risk officers), with a rationale; {@code applies} null goes
     * back to the default from the model's risk tier and domain.
     */
    @PreAuthorize("hasRole('RISK_OFFICER')")
    public ApplicabilityChoice decide(long modelId, String framework, @Nullable Boolean applies, String rationale) {
        register.get(modelId);
        if (catalogue.current(framework).isEmpty()) {
            throw new NotFoundException("There is no compliance framework '" + framework + "'.");
        }
        var text = rationale == null ? "" : rationale.strip();
        if (text.length() < ApplicabilityDecision.RATIONALE_MIN) {
            throw InvalidInputException.of("rationale", "explain the decision in at least "
                    + ApplicabilityDecision.RATIONALE_MIN + " characters");
        }
        if (text.length() > ApplicabilityDecision.RATIONALE_MAX) {
            throw InvalidInputException.of("rationale", "keep the rationale under "
                    + ApplicabilityDecision.RATIONALE_MAX + " characters");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var saved = decisions.save(new ApplicabilityDecision(modelId, framework, applies, text,
                currentUser.username(), now));
        events.publishEvent(new ApplicabilityChanged(modelId, framework, applies, text, currentUser.username(), now));
        return saved.view();
    }

    private boolean mayAttest(ModelView model, Role attester) {
        return switch (attester) {
            case RISK_OFFICER -> currentUser.has(Role.RISK_OFFICER);
            case BUSINESS_OWNER -> currentUser.has(Role.BUSINESS_OWNER)
                    && model.details().owner().equals(currentUser.username());
            default -> false;
        };
    }

    /**
     * The type the file is kept and served with: the uploader's if it is a plain document or image type, otherwise
     * (markup, scripts, anything unknown) {@code application/octet-stream}, so that no browser ever runs it.
     */
    static String contentType(@Nullable String declared) {
        var type = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        var bare = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type;
        return SAFE_TYPES.contains(bare) || bare.startsWith("application/vnd.openxmlformats-officedocument.")
                ? bare : "application/octet-stream";
    }

    /** The uploaded file's own name, without any path, safe to show and to offer as a download name. */
    static String fileName(@Nullable String name) {
        if (name == null) {
            return "";
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static NotFoundException noAttestation(long id) {
        return new NotFoundException("There is no attestation " + id + ".");
    }
}
