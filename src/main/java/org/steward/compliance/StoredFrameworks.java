package org.steward.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFrameworks extends JpaRepository<StoredFramework, Long> {

    Optional<StoredFramework> findByCodeAndRevision(String code, int revision);

    Optional<StoredFramework> findFirstByCodeOrderByRevisionDesc(String code);

    List<StoredFramework> findAllByOrderByCodeAscRevisionAsc();
}
