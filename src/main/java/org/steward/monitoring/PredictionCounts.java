package org.steward.monitoring;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many predictions a model's production batches reported, per calendar month (UTC) of observation: the count the
 * cost ledger uses for cost per 1,000 predictions. Counts only, no observation data, so any signed-in user may ask.
 */
@Service
@Transactional(readOnly = true)
public class PredictionCounts {

    private final JdbcTemplate jdbc;

    PredictionCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public Map<YearMonth, Long> monthly(long modelId) {
        var result = new TreeMap<YearMonth, Long>();
        jdbc.query("select extract(year from observed_at at time zone 'UTC'), extract(month from observed_at at time "
                + "zone 'UTC'), sum(row_count) from monitoring_batch where model_id = ? group by extract(year from "
                + "observed_at at time zone 'UTC'), extract(month from observed_at at time zone 'UTC')", rs -> {
                    result.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
                }, modelId);
        return result;
    }
}
