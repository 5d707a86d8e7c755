package org.refugio.insight;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start-up and idempotently, the indexes the managers' figures need on the engine's history tables.
 * Not a Flyway migration: nothing orders Flyway after the engine's schema creation (on a fresh database the engine
 * happens to create its tables first), and the engine's tables are the engine's. On a large existing history the first
 * start-up builds them once (see docs/performance.md).
 */
@Component
class EngineHistoryIndexes {

  /** The statements, in order; each is harmless when its index exists. */
  static final List<String> STATEMENTS = List.of(
      // time spent per activity in a period, and what waits now: one range scan per process key
      "create index if not exists refugio_hi_actinst_key_end on act_hi_actinst (proc_def_key_, end_time_, act_id_)"
          + " include (duration_, proc_inst_id_)",
      // claims waiting at an activity now (overlay count and drill-down)
      "create index if not exists refugio_hi_actinst_open on act_hi_actinst (proc_def_key_, act_id_)"
          + " include (proc_inst_id_) where end_time_ is null",
      // per activity in activity order: time spent in a period without sorting the period's rows (bottlenecks), and
      // when each claim reached its COI step (COI turnaround)
      "create index if not exists refugio_hi_actinst_key_act_end on act_hi_actinst (proc_def_key_, act_id_, end_time_)"
          + " include (duration_, proc_inst_id_, start_time_)",
      // the user task each open claim is at (backlog by step)
      "create index if not exists refugio_hi_actinst_open_task on act_hi_actinst (proc_inst_id_, start_time_)"
          + " include (act_id_) where end_time_ is null and act_type_ = 'userTask'");

  private static final Logger log = LoggerFactory.getLogger(EngineHistoryIndexes.class);
  private final JdbcTemplate jdbc;

  EngineHistoryIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void ensure() {
    long started = System.nanoTime();
    STATEMENTS.forEach(jdbc::execute);
    log.info("Engine history indexes for the managers' figures ready ({} ms)", (System.nanoTime() - started) / 1_000_000);
  }
}
