package org.steward.dataset;

import org.springframework.data.jpa.repository.JpaRepository;

interface DownloadGrants extends JpaRepository<DownloadGrant, String> {
}
