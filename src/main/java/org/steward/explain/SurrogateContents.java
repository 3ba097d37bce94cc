package org.steward.explain;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stored surrogates, by explanation id. */
interface SurrogateContents extends Repository<SurrogateContent, Long> {

    SurrogateContent save(SurrogateContent content);

    Optional<SurrogateContent> findById(long explanationId);

    long count();
}
