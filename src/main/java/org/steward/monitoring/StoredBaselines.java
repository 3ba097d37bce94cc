package org.steward.monitoring;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.steward.dataset.EncryptedStore;

/**
 * The summaries of monitoring baselines as a store the dataset key rotation covers: sealed again with the active
 * key, or for the first time when stored before encryption at rest.
 */
@Component
@Order(11)
class StoredBaselines implements EncryptedStore {

    private final Baselines baselines;
    private final BaselineSummaries summaries;

    StoredBaselines(Baselines baselines, BaselineSummaries summaries) {
        this.baselines = baselines;
        this.summaries = summaries;
    }

    @Override
    public String label() {
        return "monitoring baselines";
    }

    @Override
    public Map<String, Long> countByKey() {
        return EncryptedStore.byKey(baselines.countByKey());
    }

    @Override
    public long countNotEncryptedWith(String keyId) {
        return baselines.countNotEncryptedWith(keyId);
    }

    @Override
    public List<Long> notEncryptedWith(String keyId, long after, int limit) {
        return baselines.findNotEncryptedWith(keyId, after, PageRequest.of(0, limit));
    }

    @Override
    public void reencrypt(long id) {
        summaries.reencrypt(baselines.findById(id).orElseThrow());
    }
}
