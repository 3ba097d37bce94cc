package org.steward.card.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.InvalidInputException;
import org.steward.base.Sha256;
import org.steward.card.CardAuthoring;
import org.steward.card.CardCatalogue;
import org.steward.card.CardExport;
import org.steward.card.CardFormat;

/**
 * Model cards over REST: the catalogue of published cards, and a card as Model Card Toolkit-style JSON, Hugging
 * Face-style markdown or PDF, chosen by the {@code Accept} header or a suffix. Who sees what is decided by
 * {@link CardCatalogue} and {@link CardAuthoring}: end users only published cards of approved or deployed versions.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Model cards", description = "Published model cards as JSON, markdown or PDF, and the catalogue")
class CardController {

    static final int MAX_PAGE = 100;
    private static final String READ = "hasAuthority('SCOPE_register:read')";

    private final CardCatalogue catalogue;
    private final CardAuthoring authoring;

    CardController(CardCatalogue catalogue, CardAuthoring authoring) {
        this.catalogue = catalogue;
        this.authoring = authoring;
    }

    @GetMapping(path = "/cards", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READ)
    @Operation(summary = "The latest published card of every deployed model version (for full-register readers also "
            + "approved ones), by model name; 'text' searches name, description and domain (at most 100 per page)")
    public CardPage list(@RequestParam(required = false) @Nullable String text,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_PAGE);
        }
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE));
        return new CardPage(catalogue.list(text, request), page, request.getPageSize(), catalogue.count(text));
    }

    @GetMapping("/cards/{id:\\d+}")
    @PreAuthorize(READ)
    @Operation(summary = "A published card: JSON (default), markdown with YAML front matter (Accept: text/markdown) "
            + "or PDF (Accept: application/pdf); byte-stable, with an ETag of its SHA-256")
    public ResponseEntity<byte[]> card(@PathVariable long id,
                                       @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable
                                       String accept) {
        return send(catalogue.export(id, format(accept)));
    }

    @GetMapping("/cards/{id:\\d+}.{suffix:json|md|markdown|pdf}")
    @PreAuthorize(READ)
    @Operation(summary = "A published card in the format of the suffix: .json, .md or .pdf")
    public ResponseEntity<byte[]> cardAs(@PathVariable long id, @PathVariable String suffix) {
        return send(catalogue.export(id, CardFormat.ofSuffix(suffix).orElseThrow()));
    }

    @GetMapping("/models/{modelId}/versions/{label}/card")
    @PreAuthorize(READ)
    @Operation(summary = "The latest published card of a version (Accept or ?format=json|md|pdf); with "
            + "state=draft, the version's current card as composed now (full-register readers only)")
    public ResponseEntity<byte[]> versionCard(@PathVariable long modelId, @PathVariable String label,
                                              @RequestParam(defaultValue = "published") String state,
                                              @RequestParam(required = false) @Nullable String format,
                                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                              @Nullable String accept) {
        var chosen = format == null ? format(accept) : CardFormat.ofSuffix(format).orElseThrow(() ->
                InvalidInputException.of("format", "use json, md or pdf"));
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "published" -> send(catalogue.export(catalogue.latest(modelId, label).card().id(), chosen));
            case "draft" -> send(authoring.export(modelId, label, chosen));
            default -> throw InvalidInputException.of("state", "use published or draft");
        };
    }

    /** Markdown or PDF when the client asks for them, JSON otherwise. */
    static CardFormat format(@Nullable String accept) {
        if (accept == null) {
            return CardFormat.JSON;
        }
        var a = accept.toLowerCase(Locale.ROOT);
        if (a.contains(CardFormat.PDF.mediaType())) {
            return CardFormat.PDF;
        }
        if (a.contains(CardFormat.MARKDOWN.mediaType())) {
            return CardFormat.MARKDOWN;
        }
        return CardFormat.JSON;
    }

    private static ResponseEntity<byte[]> send(CardExport export) {
        var bytes = export.bytes();
        var type = export.format() == CardFormat.PDF ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType(export.format().mediaType() + ";charset=UTF-8");
        return ResponseEntity.ok()
                .contentType(type)
                .eTag("\"" + Sha256.hex(bytes) + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(export.fileName())
                        .build().toString())
                .body(bytes);
    }
}
