package org.steward.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.register.RegisterEvent.ModelChanged;
import org.steward.register.RegisterEvent.ModelRegistered;
import org.steward.register.RegisterEvent.VersionChanged;
import org.steward.register.RegisterEvent.VersionRegistered;

/**
 * The model register's application service: reads filtered by what the caller may see, writes checked
 * against the register's rules and the caller's role, every change published as a {@link RegisterEvent}.
 */
@Service
@Transactional
public class ModelRegister {

    /** Roles that see the whole register; everyone else sees approved models only. */
    private static final Set<Role> FULL_READERS =
            EnumSet.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER, Role.RISK_OFFICER, Role.AUDITOR);
    private static final Set<ApprovalStatus> ALL_STATUSES = EnumSet.allOf(ApprovalStatus.class);
    private static final Sort DEFAULT_SORT = Sort.by("name");

    private final Models models;
    private final ModelVersions versions;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModelRegister(Models models, ModelVersions versions, UserDirectory users, CurrentUser currentUser,
                  Validation validation, ApplicationEventPublisher events, Clock clock) {
        this.models = models;
        this.versions = versions;
        this.users = users;
        this.currentUser = currentUser;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ModelSummary> list(RegisterFilter filter, Pageable page) {
        var visible = visibleStatuses();
        var pageRequest = page.getSort().isSorted() ? page : PageRequest.of(
                page.getPageNumber(), page.getPageSize(), DEFAULT_SORT);
        var found = models.findAll(RegisterQueries.matching(filter, visible), pageRequest).getContent();
        var versionsByModel = versions.findByModelIdIn(found.stream().map(Model::id).toList()).stream()
                .filter(v -> visible.contains(v.status()))
                .collect(Collectors.groupingBy(ModelVersion::modelId));
        return found.stream().map(m -> summary(m, versionsByModel.getOrDefault(m.id(), List.of()))).toList();
    }

    /**
     * The id and name of every model the signed-in business owner owns, by name; empty for other roles. For inboxes
     * that list what the owner must act on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> myOwnedModels() {
        if (!currentUser.has(Role.BUSINESS_OWNER)) {
            return Map.of();
        }
        var owned = RegisterQueries.matching(new RegisterFilter(null, null, null, null, null,
                currentUser.username()), visibleStatuses());
        var result = new LinkedHashMap<Long, String>();
        models.findAll(owned, Sort.by("name")).forEach(m -> result.put(m.id(), m.name()));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(RegisterFilter filter) {
        return models.count(RegisterQueries.matching(filter, visibleStatuses()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ModelView get(long modelId) {
        return ModelView.of(visibleModel(modelId));
    }

    /** Whether the signed-in user may edit this model's details. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(long modelId) {
        return mayEdit(visibleModel(modelId));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canRegisterVersions() {
        return currentUser.has(Role.MODEL_DEVELOPER);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canRegisterModels() {
        return currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.BUSINESS_OWNER);
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public ModelView register(ModelDetails details) {
        validateModel(details, null);
        var actor = currentUser.username();
        var model = models.save(new Model(details, actor, clock.instant()));
        events.publishEvent(new ModelRegistered(model.id(), model.name(), actor, clock.instant()));
        return ModelView.of(model);
    }

    /** Updates a model; {@code expectedVersion} must match the version the caller read, or nothing changes. */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public ModelView update(long modelId, long expectedVersion, ModelDetails details) {
        var model = models.findById(modelId).orElseThrow(() -> modelNotFound(modelId));
        if (!mayEdit(model)) {
            throw new PermissionDeniedException("Only model developers and the model's own business owner can edit it.");
        }
        checkNotStale(model.version(), expectedVersion, "model '" + model.name() + "'");
        validateModel(details, modelId);
        var changed = changedFields(model.details(), details);
        if (changed.isEmpty()) {
            return ModelView.of(model);
        }
        model.apply(details, clock.instant());
        models.flush();
        events.publishEvent(new ModelChanged(modelId, model.name(), changed, currentUser.username(), clock.instant()));
        return ModelView.of(model);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VersionView> versions(long modelId, Pageable page) {
        visibleModel(modelId);
        var pageRequest = page.getSort().isSorted() ? page : PageRequest.of(
                page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "registeredAt"));
        return versions.findByModelIdAndStatusIn(modelId, visibleStatuses(), pageRequest)
                .map(VersionView::of).getContent();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVersions(long modelId) {
        visibleModel(modelId);
        return versions.countByModelIdAndStatusIn(modelId, visibleStatuses());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VersionView version(long modelId, String label) {
        return VersionView.of(visibleVersion(modelId, label));
    }

    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public VersionView registerVersion(long modelId, VersionDetails details) {
        var model = models.findById(modelId).orElseThrow(() -> modelNotFound(modelId));
        var errors = new HashMap<>(validation.violations(details));
        var duplicate = !errors.containsKey("label")
                && versions.existsByModelIdAndLabelIgnoreCase(modelId, details.label());
        if (duplicate) {
            errors.put("label", "version " + details.label() + " is already registered for this model");
        }
        var parent = parent(modelId, details, errors);
        checkStage(details.stage(), ApprovalStatus.DRAFT, errors);
        throwDuplicateOrInvalid(errors, duplicate ? "label" : null);
        var actor = currentUser.username();
        var version = versions.save(new ModelVersion(model.id(), details, parent, actor, clock.instant()));
        events.publishEvent(new VersionRegistered(modelId, version.id(), version.label(), actor, clock.instant()));
        return VersionView.of(version);
    }

    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public VersionView updateVersion(long modelId, String label, long expectedVersion, VersionDetails details) {
        var version = versions.findByModelIdAndLabel(modelId, label).orElseThrow(() -> versionNotFound(modelId, label));
        checkNotStale(version.version(), expectedVersion, "version " + label);
        var errors = new HashMap<>(validation.violations(details));
        if (!label.equals(details.label())) {
            errors.put("label", "a version's label cannot change; register a new version instead");
        }
        var parent = parent(modelId, details, errors);
        if (parent != null && parent.id() == version.id()) {
            errors.put("parentLabel", "a version cannot be its own parent");
        }
        checkStage(details.stage(), version.status(), errors);
        if (version.status() != ApprovalStatus.DRAFT && details.stage() != null && details.stage() != version.stage()) {
            errors.put("stage", "the approval workflow sets the stage once a version has left draft (it is "
                    + version.status().label() + ")");
        }
        Validation.throwIfAny(errors);
        var lineage = version.lineageChanges(details, parent);
        if (!lineage.isEmpty() && version.status() != ApprovalStatus.DRAFT) {
            throw new ConflictException("Lineage (" + String.join(", ", lineage) + ") of version " + label
                    + " is frozen since it left draft (status " + version.status().label()
                    + "); register a new version instead.");
        }
        var changed = changedFields(version.details(), details);
        if (changed.isEmpty()) {
            return VersionView.of(version);
        }
        version.update(details, parent, clock.instant());
        versions.flush();
        events.publishEvent(new VersionChanged(modelId, version.id(), label, changed, currentUser.username(),
                clock.instant()));
        return VersionView.of(version);
    }

    private void validateModel(ModelDetails details, @Nullable Long selfId) {
        var errors = new HashMap<>(validation.violations(details));
        var duplicate = !errors.containsKey("name") && (selfId == null
                ? models.existsByNameIgnoreCase(details.name().strip())
                : models.existsByNameIgnoreCaseAndIdNot(details.name().strip(), selfId));
        if (duplicate) {
            errors.put("name", "a model with this name is already registered");
        }
        if (!errors.containsKey("owner") && !users.isActiveWithRole(details.owner(), Role.BUSINESS_OWNER)) {
            errors.put("owner", "'" + details.owner() + "' is not an active business owner");
        }
        if (errors.keySet().stream().noneMatch(k -> k.startsWith("kpis"))) {
            var names = details.kpis().stream().map(k -> k.name().strip().toLowerCase()).toList();
            if (names.size() != Set.copyOf(names).size()) {
                errors.put("kpis", "each KPI needs a distinct name");
            }
        }
        throwDuplicateOrInvalid(errors, duplicate ? "name" : null);
    }

    /** A duplicate that is the only problem is a conflict (409); among other errors it is just one of them. */
    private static void throwDuplicateOrInvalid(Map<String, String> errors, @Nullable String duplicateField) {
        if (duplicateField != null && errors.size() == 1) {
            throw new DuplicateException(duplicateField, errors.get(duplicateField));
        }
        Validation.throwIfAny(errors);
    }

    private @Nullable ModelVersion parent(long modelId, VersionDetails details, Map<String, String> errors) {
        if (details.parentLabel() == null) {
            return null;
        }
        var parent = versions.findByModelIdAndLabel(modelId, details.parentLabel());
        if (parent.isEmpty()) {
            errors.put("parentLabel", "no version " + details.parentLabel() + " is registered for this model");
            return null;
        }
        return parent.get();
    }

    /** Production needs an approved version: nobody can put an unapproved model into production. */
    private static void checkStage(@Nullable Stage stage, ApprovalStatus status, Map<String, String> errors) {
        if (stage == Stage.PRODUCTION && status != ApprovalStatus.APPROVED && status != ApprovalStatus.DEPLOYED) {
            errors.put("stage", "only an approved version can be in production (this one is " + status.label() + ")");
        }
    }

    private static void checkNotStale(long actual, long expected, String what) {
        if (actual != expected) {
            throw new ConflictException("The " + what + " was changed by someone else since you read it (version "
                    + expected + ", now " + actual + "); reload it and apply your change again.");
        }
    }

    private boolean mayEdit(Model model) {
        return currentUser.has(Role.MODEL_DEVELOPER)
                || (currentUser.has(Role.BUSINESS_OWNER) && model.owner().equals(currentUser.username()));
    }

    private Set<ApprovalStatus> visibleStatuses() {
        var roles = currentUser.roles();
        return roles.stream().anyMatch(FULL_READERS::contains) ? ALL_STATUSES : ApprovalStatus.VISIBLE_TO_END_USERS;
    }

    private Model visibleModel(long modelId) {
        var model = models.findById(modelId).orElseThrow(() -> modelNotFound(modelId));
        var visible = visibleStatuses();
        if (visible.size() < ALL_STATUSES.size() && !versions.existsByModelIdAndStatusIn(modelId, visible)) {
            throw modelNotFound(modelId);
        }
        return model;
    }

    private ModelVersion visibleVersion(long modelId, String label) {
        visibleModel(modelId);
        return versions.findByModelIdAndLabel(modelId, label)
                .filter(v -> visibleStatuses().contains(v.status()))
                .orElseThrow(() -> versionNotFound(modelId, label));
    }

    private static ModelSummary summary(Model m, Collection<ModelVersion> modelVersions) {
        var latest = modelVersions.stream().max(Comparator.comparing(ModelVersion::registeredAt)
                .thenComparing(ModelVersion::id));
        var d = m.details();
        return new ModelSummary(m.id(), d.name(), d.businessDomain(), d.owner(), d.euRiskCategory(),
                d.internalRiskTier(), modelVersions.size(), latest.map(ModelVersion::label).orElse(null),
                latest.map(ModelVersion::stage).orElse(null), latest.map(ModelVersion::status).orElse(null),
                d.reviewDate());
    }

    private static List<String> changedFields(Record before, Record after) {
        var changed = new ArrayList<String>();
        for (var component : before.getClass().getRecordComponents()) {
            try {
                var a = component.getAccessor().invoke(before);
                var b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    private static NotFoundException modelNotFound(long modelId) {
        return new NotFoundException("Model " + modelId + " is not in the register.");
    }

    private static NotFoundException versionNotFound(long modelId, String label) {
        return new NotFoundException("Model " + modelId + " has no version '" + label + "'.");
    }
}
