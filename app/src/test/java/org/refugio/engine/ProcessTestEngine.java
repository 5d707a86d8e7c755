package org.refugio.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine for process tests: a standalone engine on a throwaway embedded PostgreSQL (never H2), with mockable
 * expressions and process test coverage.
 */
public final class ProcessTestEngine {

  private static DataSource dataSource;

  private ProcessTestEngine() {
  }

  /**
   * A coverage extension over a fresh engine on the shared test database, failing the test class when its tests leave
   * any flow node or sequence flow of the deployed processes untouched.
   */
  public static ProcessEngineCoverageExtension extension() {
    ProcessEngineCoverageExtension.Builder builder = ProcessEngineCoverageExtension.Companion.builder(configuration());
    builder.assertClassCoverageAtLeast(1.0);
    return builder.build();
  }

  private static ProcessEngineConfiguration configuration() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(database());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    configuration.setProcessEngineName("process-test");
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    return configuration;
  }

  private static synchronized DataSource database() {
    if (dataSource == null) {
      try {
        dataSource = EmbeddedPostgres.builder().start().getPostgresDatabase();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL for process tests", e);
      }
    }
    return dataSource;
  }
}
