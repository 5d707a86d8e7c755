package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;

/** The queues' indexes on the engine's runtime tables exist after start-up, and creating them again changes nothing. */
class QueueIndexesIT extends IntegrationTest {

  @Test
  void shouldHaveTheQueuesIndexesOnTheEnginesRuntimeTables() {
    new QueueIndexes(jdbc).ensure();

    assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'refugio_ru_%'", String.class))
        .containsExactlyInAnyOrder("refugio_ru_task_queue_order", "refugio_ru_identitylink_group_task",
            "refugio_ru_task_queue_id");
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
        "refugio_ru_task_queue_order")).contains("priority_ DESC, due_date_, rev_, id_", "WHERE (assignee_ IS NULL)");
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
        "refugio_ru_task_queue_id")).contains("(id_) INCLUDE (tenant_id_)",
        "WHERE ((assignee_ IS NULL) AND (suspension_state_ = 1))");
  }
}
