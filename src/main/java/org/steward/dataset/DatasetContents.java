package org.steward.dataset;

import org.springframework.data.jpa.repository.JpaRepository;

interface DatasetContents extends JpaRepository<DatasetContent, Long> {
}
