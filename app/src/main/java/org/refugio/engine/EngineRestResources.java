package org.refugio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API ({@code /engine-rest}) as the Camunda starter registers it, but with one Jackson
 * {@link ObjectMapper} for all requests. The engine's {@link JacksonConfigurator} builds a new mapper each time one is
 * asked for (for each resource and each body read or written), so Jackson builds its serializers and deserializers
 * again on every request: a fifth of the JVM's time for an officer's queue page (docs/performance.md). The shared
 * mapper is configured by that same {@link JacksonConfigurator#configureObjectMapper}, so requests and responses are
 * the same. Being a {@link CamundaJerseyResourceConfig}, it takes the place of the starter's; the webapps' engine API
 * is configured alike ({@link WebappEngineApi}).
 */
@Component
public class EngineRestResources extends CamundaJerseyResourceConfig {

  private final SharedObjectMapper objectMapper = new SharedObjectMapper();
  private final FilterTaskLists filterTaskLists;

  EngineRestResources(FilterTaskLists filterTaskLists) {
    this.filterTaskLists = filterTaskLists;
  }

  @Override
  protected void registerCamundaRestResources() {
    configure(this, objectMapper, filterTaskLists, CamundaRestResources.getResourceClasses());
  }

  /**
   * Registers the engine's REST API on {@code config} as the engine's {@link CamundaRestResources} has it, with
   * {@code roots} as its root resources (the engine's own, but for filters' lists: {@link FilterListResources}) and
   * the shared mapper in place of the engine's {@link JacksonConfigurator}. The webapps' engine API
   * ({@link WebappEngineApi}) is configured by it too.
   */
  static void configure(ResourceConfig config, SharedObjectMapper objectMapper, FilterTaskLists filterTaskLists,
      Set<Class<?>> roots) {
    for (Class<?> root : roots) {
      config.register(root == DefaultProcessEngineRestServiceImpl.class ? FilterListResources.DefaultEngine.class
          : root == NamedProcessEngineRestServiceImpl.class ? FilterListResources.NamedEngines.class : root);
    }
    config.register(filterTaskLists);
    Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
    configuration.remove(JacksonConfigurator.class);
    config.registerClasses(configuration);
    config.register(objectMapper);
    config.register(JacksonFeature.class);
  }

  /** The lists of filters the API writes itself. */
  public FilterTaskLists filterTaskLists() {
    return filterTaskLists;
  }

  /** The mapper the API's resources and bodies use. */
  public SharedObjectMapper objectMapper() {
    return objectMapper;
  }

  /** {@link JacksonConfigurator}'s mapper, configured once and shared: a configured mapper is thread-safe. */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  public static class SharedObjectMapper implements ContextResolver<ObjectMapper> {

    private volatile Configured configured;
    private volatile boolean shared = true;

    @Override
    public ObjectMapper getContext(Class<?> type) {
      if (!shared) {
        return JacksonConfigurator.configureObjectMapper(new ObjectMapper());
      }
      Configured current = configured;
      // the engine's date format can be set at start-up (CustomJacksonDateFormatListener): follow it if it changes
      String dateFormat = JacksonConfigurator.dateFormatString;
      if (current == null || !current.dateFormat().equals(dateFormat)) {
        current = new Configured(dateFormat, JacksonConfigurator.configureObjectMapper(new ObjectMapper()));
        configured = current;
      }
      return current.mapper();
    }

    /** Whether one mapper serves every request; {@code false} builds one per use, as the engine does. */
    public boolean isShared() {
      return shared;
    }

    /** Turns the sharing on or off at run time: the benchmark measures both in one run. */
    public void setShared(boolean shared) {
      this.shared = shared;
    }

    private record Configured(String dateFormat, ObjectMapper mapper) {
    }
  }
}
