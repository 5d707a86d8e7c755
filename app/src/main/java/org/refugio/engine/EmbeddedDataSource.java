package org.refugio.engine;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A connection pool on the embedded PostgreSQL server, which stops the server when the pool is closed. */
class EmbeddedDataSource extends DelegatingDataSource implements AutoCloseable {

  private final HikariDataSource pool;
  private final EmbeddedPostgres server;

  EmbeddedDataSource(HikariDataSource pool, EmbeddedPostgres server) {
    super(pool);
    this.pool = pool;
    this.server = server;
  }

  @Override
  public void close() {
    pool.close();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
