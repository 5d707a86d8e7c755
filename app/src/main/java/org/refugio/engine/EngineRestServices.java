package org.refugio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import java.util.Objects;
import org.camunda.bpm.engine.rest.FilterRestService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.FilterRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.sub.runtime.FilterResource;

/**
 * The engine's REST root resources ({@code /engine-rest/...} and {@code /engine-rest/engine/{name}/...}, and the
 * webapps' {@code /camunda/api/engine/engine/{name}/...}) as the engine has them, but a filter is served by
 * {@link FilterListResource}. Each inherits its methods' paths from the engine's class; the {@link FilterLists} they
 * hand on is the application's configuration property {@link #FILTER_LISTS}.
 */
public final class EngineRestServices {

  /** The property of the JAX-RS application that holds the {@link FilterLists}. */
  public static final String FILTER_LISTS = FilterLists.class.getName();

  private EngineRestServices() {
  }

  static FilterLists filterLists(Configuration configuration) {
    return (FilterLists) Objects.requireNonNull(configuration.getProperty(FILTER_LISTS), FILTER_LISTS);
  }

  /** {@code /engine-rest/filter/...}: the default engine's. */
  @Path(DefaultProcessEngineRestServiceImpl.PATH)
  public static class Default extends DefaultProcessEngineRestServiceImpl {

    @Context
    private Configuration configuration;

    @Override
    public FilterRestService getFilterRestService() {
      Filters filters = new Filters(null, getObjectMapper(), filterLists(configuration));
      filters.setRelativeRootResourceUri(getRelativeEngineUri(null).toASCIIString());
      return filters;
    }
  }

  /** {@code .../engine/{name}/filter/...}: a named engine's. */
  @Path(NamedProcessEngineRestServiceImpl.PATH)
  public static class Named extends NamedProcessEngineRestServiceImpl {

    @Context
    private Configuration configuration;

    @Override
    public FilterRestService getFilterRestService(String engineName) {
      Filters filters = new Filters(engineName, getObjectMapper(), filterLists(configuration));
      filters.setRelativeRootResourceUri(getRelativeEngineUri(engineName).toASCIIString());
      return filters;
    }
  }

  /** The engine's filter collection, whose filters are {@link FilterListResource}s. */
  public static class Filters extends FilterRestServiceImpl {

    private final FilterLists lists;

    Filters(String engineName, ObjectMapper objectMapper, FilterLists lists) {
      super(engineName, objectMapper);
      this.lists = lists;
    }

    @Override
    public FilterResource getFilter(String filterId) {
      return new FilterListResource(getProcessEngine().getName(), getObjectMapper(), filterId,
          relativeRootResourcePath, lists);
    }
  }
}
