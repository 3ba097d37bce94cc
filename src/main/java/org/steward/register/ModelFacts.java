package org.steward.register;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of a model's details for scheduled jobs that run without a signed-in user (e.g. the retention purge needs
 * the risk tier). Never for views or controllers: they go through {@link ModelRegister}, which checks visibility.
 */
@Component
public class ModelFacts {

    private final Models models;

    ModelFacts(Models models) {
        this.models = models;
    }

    @Transactional(readOnly = true)
    public Optional<ModelDetails> details(long modelId) {
        return models.findById(modelId).map(Model::details);
    }
}
