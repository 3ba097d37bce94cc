package org.steward.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.steward.register.ModelRegister;

/** Versions of a model: list, read, register and update, newest first. Only model developers may write. */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Model versions", description = "Versions of a model, with their lineage")
class VersionController {

    private final ModelRegister register;

    VersionController(ModelRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "List the versions of a model you may see, newest first (at most 100 per page)")
    public PageOf<VersionResponse> list(@PathVariable long modelId,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size);
        var items = register.versions(modelId, request).stream().map(VersionResponse::of).toList();
        return new PageOf<>(items, request.getPageNumber(), request.getPageSize(), register.countVersions(modelId));
    }

    @GetMapping("/{label}")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Read a version by its label")
    public VersionResponse get(@PathVariable long modelId, @PathVariable String label) {
        return VersionResponse.of(register.version(modelId, label));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Register a version of a model (model developers)")
    public ResponseEntity<VersionResponse> register(@PathVariable long modelId, @RequestBody VersionRequest body) {
        var version = VersionResponse.of(register.registerVersion(modelId, body.toDetails(null)));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/models/{modelId}/versions/{label}")
                .buildAndExpand(modelId, version.label()).encode().toUri();
        return ResponseEntity.created(location).body(version);
    }

    @PutMapping(path = "/{label}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Update a version; send the version you read. Lineage is frozen once it leaves draft.")
    public VersionResponse update(@PathVariable long modelId, @PathVariable String label,
                                  @RequestBody VersionRequest body) {
        return VersionResponse.of(register.updateVersion(modelId, label,
                ModelController.requireVersion(body.version()), body.toDetails(label)));
    }
}
