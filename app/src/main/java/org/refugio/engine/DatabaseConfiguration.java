package org.refugio.engine;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database: an external PostgreSQL when {@code REFUGIO_DB_URL} is set, otherwise an embedded PostgreSQL
 * started by the application, whose data survives restarts unless it was asked to be throwaway.
 */
@Configuration
public class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  public DataSource dataSource(RefugioProperties properties) throws IOException {
    RefugioProperties.Database database = properties.database();
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("refugio");
    pool.setMaximumPoolSize(database.poolSize());
    if (database.connectionInitSql() != null && !database.connectionInitSql().isBlank()) {
      pool.setConnectionInitSql(database.connectionInitSql());
    }
    if (database.isExternal()) {
      log.info("Using external PostgreSQL at {}", database.url());
      pool.setJdbcUrl(database.url());
      pool.setUsername(database.user());
      pool.setPassword(database.password());
      return pool;
    }
    EmbeddedPostgres server = startEmbedded(database.embedded());
    pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    return new EmbeddedDataSource(pool, server);
  }

  private static EmbeddedPostgres startEmbedded(RefugioProperties.Embedded settings) throws IOException {
    boolean throwaway = settings.dataDirectory() == null || settings.dataDirectory().isBlank();
    Path directory = throwaway
        ? Files.createTempDirectory("refugio-pg")
        : Files.createDirectories(Path.of(settings.dataDirectory()).toAbsolutePath());
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(throwaway)
        // the pool closes first, then the server (EmbeddedDataSource.close): not a JVM hook racing the engine
        .setRegisterShutdownHook(false)
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C.UTF-8")
        .setServerConfig("max_connections", "100")
        // the server's log goes to the application log: no row values (personal data) in it
        .setServerConfig("log_error_verbosity", "terse")
        .setServerConfig("log_min_error_statement", "panic");
    if (settings.port() > 0) {
      builder.setPort(settings.port());
    }
    EmbeddedPostgres server = builder.start();
    log.info("Embedded PostgreSQL started on port {} with data in {}{}", server.getPort(), directory,
        throwaway ? " (throwaway)" : "");
    return server;
  }
}
