package org.refugio.insight;

import java.util.List;
import org.refugio.engine.EngineTableIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the managers' figures need on the engine's history tables ({@link EngineTableIndexes}).
 */
@Component
class EngineHistoryIndexes extends EngineTableIndexes {

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

  EngineHistoryIndexes(JdbcTemplate jdbc) {
    super(jdbc, "the managers' figures", STATEMENTS);
  }
}
