package org.refugio.security;

import java.util.List;
import org.refugio.engine.EngineTableIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the officers' queues need on the engine's runtime tables ({@link EngineTableIndexes}): the page of an
 * office's queue walks its unassigned tasks in the filters' order and stops after the page, and its count reads the
 * group's candidate links with the ids of the tasks it can count, neither reading the tasks' rows.
 */
@Component
class QueueIndexes extends EngineTableIndexes {

  /** The statements, in order; each is harmless when its index exists. */
  static final List<String> STATEMENTS = List.of(
      // the filters' order (AccessSetup: priority desc, due date asc) over the tasks a queue can show; then the
      // columns the engine's "select distinct" sorts by next (revision, id), so that tasks due the same day need no
      // sort of their own and the walk stops after the page
      "create index if not exists refugio_ru_task_queue_order on act_ru_task (priority_ desc, due_date_, rev_, id_)"
          + " where assignee_ is null",
      // a group's candidate links, task by task: the queue's count and the probe from a task to its groups
      "create index if not exists refugio_ru_identitylink_group_task on act_ru_identitylink (group_id_, type_,"
          + " task_id_)",
      // the queue's count: the ids of the tasks a queue can count (unassigned, active; the tenant for the engine's
      // tenant check), in id order, so that PostgreSQL merges them with the group's links above without reading a
      // task's row or sorting for the count's "distinct"
      "create index if not exists refugio_ru_task_queue_id on act_ru_task (id_) include (tenant_id_)"
          + " where assignee_ is null and suspension_state_ = 1");

  QueueIndexes(JdbcTemplate jdbc) {
    super(jdbc, "the officers' queues", STATEMENTS);
  }
}
