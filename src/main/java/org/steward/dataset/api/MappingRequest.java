package org.steward.dataset.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.base.Validation;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.TaskType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The {@code mapping} part of an upload: which column is which, as JSON. Unknown fields are refused. */
@Schema(description = "Which column of the file is which")
record MappingRequest(
        @Schema(description = "BINARY, MULTICLASS or REGRESSION") @Nullable TaskType task,
        @Schema(description = "column with the model's output: probability of the positive class (binary), "
                + "predicted label (multiclass) or prediction (regression)") @Nullable String output,
        @Schema(description = "column with the true outcome") @Nullable String outcome,
        @Schema(description = "column saying train, test or holdout") @Nullable String split,
        @Schema(description = "sensitive-attribute columns") @Nullable List<@Nullable String> sensitive,
        @Schema(description = "feature columns") @Nullable List<@Nullable String> features,
        @Schema(description = "declared class labels (classification)") @Nullable List<@Nullable String> classes,
        @Schema(description = "positive class (binary)") @Nullable String positiveClass,
        @Schema(description = "decision threshold (binary), default 0.5") @Nullable Double threshold,
        @Schema(description = "columns never to store") @Nullable List<@Nullable String> dropped,
        @Schema(description = "optional declared groups per sensitive attribute")
        @Nullable Map<String, @Nullable List<@Nullable String>> groups) {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final double DEFAULT_THRESHOLD = 0.5;

    /** Reads the JSON of the mapping part; anything unreadable is an input error on {@code mapping}. */
    static ColumnMapping parse(String json) {
        try {
            return STRICT.readValue(json, MappingRequest.class).toMapping();
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.of("mapping", "unknown field '" + e.getPropertyName() + "'; the fields are "
                    + "task, output, outcome, split, sensitive, features, classes, positiveClass, threshold, "
                    + "dropped and groups");
        } catch (InvalidFormatException e) {
            throw InvalidInputException.of("mapping", "'" + e.getValue() + "' is not valid for " + path(e)
                    + (e.getTargetType() == TaskType.class ? " (use BINARY, MULTICLASS or REGRESSION)" : ""));
        } catch (JacksonException e) {
            throw InvalidInputException.of("mapping", "not a valid mapping (a JSON object is expected): "
                    + e.getOriginalMessage());
        }
    }

    ColumnMapping toMapping() {
        var errors = new LinkedHashMap<String, String>();
        if (task == null) {
            errors.put("task", "say what the model predicts: BINARY, MULTICLASS or REGRESSION");
        }
        required(errors, "output", output, "the model's output");
        required(errors, "outcome", outcome, "the true outcome");
        required(errors, "split", split, "train, test or holdout");
        var declared = new LinkedHashMap<String, List<String>>();
        if (groups != null) {
            groups.forEach((attribute, labels) -> declared.put(attribute, names(errors, "groups[" + attribute + "]",
                    labels)));
        }
        var result = new ColumnMapping(task == null ? TaskType.BINARY : task, text(output), text(outcome), text(split),
                names(errors, "sensitive", sensitive), names(errors, "features", features),
                names(errors, "classes", classes), positiveClass, threshold == null ? DEFAULT_THRESHOLD : threshold,
                names(errors, "dropped", dropped), declared);
        Validation.throwIfAny(errors);
        return result;
    }

    private static void required(Map<String, String> errors, String field, @Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            errors.put(field, "name the column that holds " + what);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> names(Map<String, String> errors, String field,
                                      @Nullable List<@Nullable String> values) {
        var result = new ArrayList<String>();
        if (values != null) {
            for (var value : values) {
                if (value == null) {
                    errors.put(field, "must not contain null");
                } else {
                    result.add(value);
                }
            }
        }
        return result;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the mapping" : path.toString();
    }
}
