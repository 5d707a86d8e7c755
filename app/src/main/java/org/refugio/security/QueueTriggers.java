package org.refugio.security;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the triggers that keep {@code refugio.task_queue} (V30) on the engine's runtime tables and rebuilds the table
 * from them, at every start-up, in one transaction that holds off every change of a task or a candidate link
 * meanwhile: after it the table is the engine's queues, and every later change reaches it in the same transaction as
 * the change. Then {@link QueueTaskQueries} starts reading it. At start-up and not in a Flyway migration, as for
 * {@link org.refugio.engine.EngineTableIndexes}: nothing orders Flyway after the engine's schema creation. The rebuild
 * also repairs a table left behind by a restore or by the triggers turned off by hand; at COMAR scale (57,000 open
 * tasks) it takes about a second (docs/performance.md).
 */
@Component
class QueueTriggers {

  private static final Logger log = LoggerFactory.getLogger(QueueTriggers.class);

  /** What keeps the table, in order; the functions are V30's. */
  static final List<String> STATEMENTS = List.of(
      // writers of tasks and links wait until the table is rebuilt with its triggers in place; readers do not
      "lock table act_ru_task, act_ru_identitylink in share row exclusive mode",
      "drop trigger if exists refugio_task_queue_link on act_ru_identitylink",
      "create trigger refugio_task_queue_link after insert or update or delete on act_ru_identitylink"
          + " for each row execute function refugio.task_queue_follow_link()",
      "drop trigger if exists refugio_task_queue_task on act_ru_task",
      // only the engine's updates that change what a queue shows or counts, not its revision bumps
      "create trigger refugio_task_queue_task after update on act_ru_task for each row when ("
          + "old.assignee_ is distinct from new.assignee_ or old.suspension_state_ is distinct from new.suspension_state_"
          + " or old.tenant_id_ is distinct from new.tenant_id_ or old.priority_ is distinct from new.priority_"
          + " or old.due_date_ is distinct from new.due_date_ or old.follow_up_date_ is distinct from new.follow_up_date_"
          + " or old.create_time_ is distinct from new.create_time_)"
          + " execute function refugio.task_queue_follow_task()",
      "drop trigger if exists refugio_task_queue_task_end on act_ru_task",
      "create trigger refugio_task_queue_task_end after delete on act_ru_task for each row"
          + " execute function refugio.task_queue_follow_task()",
      "truncate refugio.task_queue",
      "insert into refugio.task_queue (group_id, task_id, assigned, suspension_state, tenant_id, priority, due_date,"
          + " follow_up_date, create_time)"
          + " select distinct on (l.group_id_, t.id_) l.group_id_, t.id_, t.assignee_ is not null,"
          + " t.suspension_state_, t.tenant_id_, t.priority_, t.due_date_, t.follow_up_date_, t.create_time_"
          + " from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_"
          + " where l.type_ = 'candidate' and l.group_id_ is not null",
      "analyze refugio.task_queue");

  /** What a start with the read model off removes: the triggers; the table stays, emptied. */
  static final List<String> DROPS = List.of(
      "drop trigger if exists refugio_task_queue_link on act_ru_identitylink",
      "drop trigger if exists refugio_task_queue_task on act_ru_task",
      "drop trigger if exists refugio_task_queue_task_end on act_ru_task",
      "truncate refugio.task_queue");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final QueueTaskQueries queues;
  private final ProcessEngine engine;

  QueueTriggers(JdbcTemplate jdbc, TransactionTemplate transaction, QueueTaskQueries queues, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.queues = queues;
    this.engine = engine;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void ensure() {
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseTablePrefix();
    if (prefix != null && !prefix.isEmpty()) {
      // V30's functions name the engine's tables as the engine's own statements do without a prefix
      log.warn("Officers' queues are read by the engine's own statements: its tables have the prefix '{}'", prefix);
      return;
    }
    if (!queues.isEnabled()) {
      // nothing reads the table: the engine's writes do not pay for keeping it (the next start with it on rebuilds)
      transaction.executeWithoutResult(status -> DROPS.forEach(jdbc::execute));
      log.info("Officers' queues are read by the engine's own statements (refugio.authorization.queue-read-model)");
      return;
    }
    long started = System.nanoTime();
    transaction.executeWithoutResult(status -> STATEMENTS.forEach(jdbc::execute));
    Long rows = jdbc.queryForObject("select count(*) from refugio.task_queue", Long.class);
    queues.setReady(true);
    log.info("Officers' queues kept in refugio.task_queue: {} rows rebuilt ({} ms)", rows,
        (System.nanoTime() - started) / 1_000_000);
  }
}
