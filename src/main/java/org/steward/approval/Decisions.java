package org.steward.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByVersionIdOrderByIdAsc(long versionId);
}
