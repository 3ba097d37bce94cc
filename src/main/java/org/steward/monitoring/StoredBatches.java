package org.steward.monitoring;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.steward.dataset.EncryptedStore;

/**
 * The feature values of production batches as a store the dataset key rotation covers: a batch sealed with a
 * retired key is sealed again with the active one, a batch stored before encryption at rest (features as plain JSON
 * in its rows) gets its blob and its rows lose the plain values. Purged batches hold nothing to encrypt.
 */
@Component
@Order(10)
class StoredBatches implements EncryptedStore {

    private final Batches batches;
    private final Observations observations;

    StoredBatches(Batches batches, Observations observations) {
        this.batches = batches;
        this.observations = observations;
    }

    @Override
    public String label() {
        return "monitoring batches";
    }

    @Override
    public Map<String, Long> countByKey() {
        return EncryptedStore.byKey(batches.countByKey());
    }

    @Override
    public long countNotEncryptedWith(String keyId) {
        return batches.countNotEncryptedWith(keyId);
    }

    @Override
    public List<Long> notEncryptedWith(String keyId, long after, int limit) {
        return batches.findNotEncryptedWith(keyId, after, PageRequest.of(0, limit));
    }

    @Override
    public void reencrypt(long id) {
        var batch = batches.findById(id).orElseThrow();
        if (batch.purged()) {
            return;
        }
        var keyId = batch.keyId();
        batch.encryptedWith(keyId == null ? observations.sealPlain(batch) : observations.reseal(batch, keyId));
    }
}
