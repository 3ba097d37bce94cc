package org.steward.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change log of a model, newest first. End users do not see internal history. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')")
public class ChangeHistory {

    private final ChangeLog log;

    ChangeHistory(ChangeLog log) {
        this.log = log;
    }

    public List<ChangeRecord> ofModel(long modelId, Pageable page) {
        return log.findByModelIdOrderByOccurredAtDescIdDesc(modelId, page).map(ChangeLogEntry::toRecord).getContent();
    }

    public long countOfModel(long modelId) {
        return log.countByModelId(modelId);
    }
}
