package org.refugio.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that Refugio depends on and that the starter's properties do not cover. */
@Configuration
public class EngineConfiguration {

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    AtomicReference<T> value = new AtomicReference<>();
    return () -> value.updateAndGet(current -> current != null ? current : supplier.get());
  }

  /** The clock every date decision reads, so tests can fix "today". */
  @Bean
  public java.time.Clock clock() {
    return java.time.Clock.systemDefaultZone();
  }

  /** The beans BPMN and DMN expressions may name. */
  @Bean
  public ExpressionBeans expressionBeans(ApplicationContext context) {
    return new ExpressionBeans(context);
  }

  @Bean
  public AbstractProcessEnginePlugin refugioEnginePlugin(ExpressionBeans expressionBeans,
      ObjectProvider<UnrecordedVariables> unrecordedVariables) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        // looked up at the first event, when every bean exists; the set does not change at run time
        Supplier<Set<String>> unrecorded = memoize(() -> unrecordedVariables.orderedStream()
            .flatMap(v -> v.names().stream()).collect(Collectors.toUnmodifiableSet()));
        configuration.setHistoryEventHandler(
            new PrivacyHistoryEventHandler(configuration.getHistoryEventHandler(), unrecorded));
      }

      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring) {
          // A start-up deploys only the models that changed in the release, so it never reverts a rule that
          // policy staff deployed from the workbench.
          spring.setDeployChangedOnly(true);
        }
        configuration.setBeans(expressionBeans);
        // before the engine builds its first SQL: OGNL's property reads remembered (CachedReadMethods)
        CachedReadMethods.install();
        // the FEEL engine parses every cell of a table at every evaluation; literal cells are remembered
        // (LiteralFeelCache; docs/performance.md: what it saves per claim)
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
          dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
          configuration.setDmnEngineConfiguration(dmn);
        }
        if (dmn.getFeelEngineFactory() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
          DefaultDmnEngineConfiguration target = dmn;
          dmn.setFeelEngineFactory(() -> new LiteralFeelCache((target.getFeelCustomFunctionProviders() == null
              ? new ScalaFeelEngineFactory() : new ScalaFeelEngineFactory(target.getFeelCustomFunctionProviders()))
              .createInstance(), 10_000));
        }
        configuration.setEnforceHistoryTimeToLive(true);
        // members of the admin group may do everything; camunda-admin is the group the Admin app's first-run
        // setup creates on a fresh production database
        configuration.setAdminGroups(new java.util.ArrayList<>(java.util.List.of("admin", "camunda-admin")));
        // Claims stay open for years: history is removed counting from the end of a claim, never its start.
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
      }
    };
  }
}
