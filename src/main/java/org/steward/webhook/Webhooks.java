package org.steward.webhook;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Webhooks extends JpaRepository<Webhook, Long> {

    Optional<Webhook> findByModelId(long modelId);
}
