package org.steward.protection;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelProtections extends JpaRepository<ModelProtection, Long> {
}
