package org.refugio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs again the part of a Flyway migration that says it can ("-- Everything from here on can run again"): a backfill
 * from what exists, over data a test or the bench wrote after the migration ran, so that the figures read what the
 * migration itself derives.
 */
public final class MigrationBackfills {

  private static final String MARK = "-- Everything from here on can run again";

  private MigrationBackfills() {
  }

  /** Runs the backfill of {@code migrationFile} (under {@code db/migration}) with Flyway's schema first. */
  public static void runAgain(JdbcTemplate jdbc, String migrationFile) {
    String migration;
    try (var in = MigrationBackfills.class.getResourceAsStream("/db/migration/" + migrationFile)) {
      if (in == null) {
        throw new IllegalArgumentException("No migration " + migrationFile);
      }
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int mark = migration.indexOf(MARK);
    if (mark < 0) {
      throw new IllegalArgumentException(migrationFile + " has no part that can run again");
    }
    String backfill = migration.substring(mark);
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (var statement = connection.createStatement()) {
        statement.execute("set search_path to refugio, public");
        try {
          statement.execute(backfill);
        } finally {
          statement.execute("reset search_path");
        }
      }
      return null;
    });
  }
}
