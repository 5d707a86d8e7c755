package org.refugio.insight;

import java.util.List;
import org.refugio.engine.EngineTableIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops the indexes that earlier releases created on the engine's activity history for the managers' figures
 * ({@link EngineTableIndexes}): the figures read {@code refugio.claim_step} (V29, {@link ClaimStepHistory}) since,
 * and each of those indexes cost every history row the engine writes, a row for every element a claim passes.
 */
@Component
class EngineHistoryIndexes extends EngineTableIndexes {

  /** The statements, in order; each is harmless when its index is gone. */
  static final List<String> STATEMENTS = List.of(
      "drop index if exists refugio_hi_actinst_key_end",
      "drop index if exists refugio_hi_actinst_open",
      "drop index if exists refugio_hi_actinst_key_act_end",
      "drop index if exists refugio_hi_actinst_open_task");

  EngineHistoryIndexes(JdbcTemplate jdbc) {
    super(jdbc, "the managers' figures (earlier releases' indexes on act_hi_actinst, dropped)", STATEMENTS);
  }
}
