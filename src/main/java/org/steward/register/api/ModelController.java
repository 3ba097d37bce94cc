package org.steward.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.base.InvalidInputException;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelSummary;
import org.steward.register.RegisterFilter;
import org.steward.register.Stage;

/** Models in the register: list, read, register and update. Roles and rules are enforced by {@link ModelRegister}. */
@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Models", description = "Models in the register")
class ModelController {

    static final Set<String> SORTABLE = Set.of("id", "name", "businessDomain", "owner", "euRiskCategory",
            "internalRiskTier", "reviewDate", "createdAt", "updatedAt");

    private final ModelRegister register;

    ModelController(ModelRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "List the models you may see, filtered and paged (at most 100 per page)")
    public PageOf<ModelSummary> list(@RequestParam(required = false) @Nullable String text,
                                     @RequestParam(required = false) @Nullable EuRiskCategory euRiskCategory,
                                     @RequestParam(required = false) @Nullable InternalRiskTier internalRiskTier,
                                     @RequestParam(required = false) @Nullable Stage stage,
                                     @RequestParam(required = false) @Nullable ApprovalStatus status,
                                     @RequestParam(required = false) @Nullable String owner,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size,
                                     @RequestParam(defaultValue = "name,asc") String sort) {
        var filter = new RegisterFilter(text, euRiskCategory, internalRiskTier, stage, status, owner);
        var request = Paging.of(page, size, sort, SORTABLE);
        return new PageOf<>(register.list(filter, request), request.getPageNumber(), request.getPageSize(),
                register.count(filter));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Read a model")
    public ModelResponse get(@PathVariable long id) {
        return ModelResponse.of(register.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Register a model (model developers and business owners)")
    public ResponseEntity<ModelResponse> register(@RequestBody ModelRequest body) {
        var model = ModelResponse.of(register.register(body.toDetails()));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/models/{id}").buildAndExpand(model.id()).toUri();
        return ResponseEntity.created(location).body(model);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Update a model; send the version you read (model developers and the model's business owner)")
    public ModelResponse update(@PathVariable long id, @RequestBody ModelRequest body) {
        return ModelResponse.of(register.update(id, requireVersion(body.version()), body.toDetails()));
    }

    static long requireVersion(@Nullable Long version) {
        if (version == null) {
            throw InvalidInputException.of("version",
                    "send the version you read, so that nobody else's change is overwritten");
        }
        return version;
    }
}
