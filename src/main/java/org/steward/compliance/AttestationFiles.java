package org.steward.compliance;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationFiles extends JpaRepository<AttestationFile, Long> {
}
