package org.steward.dataset;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The stored scored samples as one of the stores the key rotation covers; first, as before there were others. */
@Component
@Order(0)
class StoredSamples implements EncryptedStore {

    private final StoredDatasets datasets;
    private final DatasetContents contents;
    private final StoredContent stored;

    StoredSamples(StoredDatasets datasets, DatasetContents contents, StoredContent stored) {
        this.datasets = datasets;
        this.contents = contents;
        this.stored = stored;
    }

    @Override
    public String label() {
        return "scored samples";
    }

    @Override
    public Map<String, Long> countByKey() {
        return EncryptedStore.byKey(datasets.countByKey());
    }

    @Override
    public long countNotEncryptedWith(String keyId) {
        return datasets.countNotEncryptedWith(keyId);
    }

    @Override
    public List<Long> notEncryptedWith(String keyId, long after, int limit) {
        return datasets.findNotEncryptedWith(keyId, after, PageRequest.of(0, limit));
    }

    @Override
    public void reencrypt(long id) {
        var dataset = datasets.findById(id).orElseThrow();
        var content = contents.findById(id).orElseThrow();
        var gzip = stored.gzip(id, dataset.keyId(), content.content());
        var sealed = stored.seal(id, gzip);
        content.replace(sealed.bytes());
        dataset.encryptedWith(sealed.keyId());
    }
}
