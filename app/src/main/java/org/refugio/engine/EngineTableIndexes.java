package org.refugio.engine;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indexes of ours on the engine's tables, created at every start-up and idempotently. Not a Flyway migration: nothing
 * orders Flyway after the engine's schema creation (on a fresh database the engine happens to create its tables
 * first), and the engine's tables are the engine's. On a large existing database the first start-up builds them once
 * (docs/performance.md). Each package that needs some names them in a subclass.
 */
public abstract class EngineTableIndexes {

  private static final Logger log = LoggerFactory.getLogger(EngineTableIndexes.class);

  private final JdbcTemplate jdbc;
  private final String purpose;
  private final List<String> statements;

  /** {@code statements} in order, each harmless when its index exists; {@code purpose} names them in the log. */
  protected EngineTableIndexes(JdbcTemplate jdbc, String purpose, List<String> statements) {
    this.jdbc = jdbc;
    this.purpose = purpose;
    this.statements = statements;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void ensure() {
    long started = System.nanoTime();
    statements.forEach(jdbc::execute);
    log.info("Engine indexes for {} ready ({} ms)", purpose, (System.nanoTime() - started) / 1_000_000);
  }
}
