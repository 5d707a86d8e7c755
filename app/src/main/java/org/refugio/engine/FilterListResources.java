package org.refugio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import org.camunda.bpm.engine.rest.FilterRestService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.FilterRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.sub.runtime.FilterResource;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;

/**
 * The engine REST API's root resources with one change: a filter's HAL list is written by {@link FilterTaskLists}
 * when it can, by the engine's own resource otherwise. Every other path, and every other operation on a filter, is
 * the engine's. Jersey takes the resource annotations of the overridden methods from the engine's classes.
 */
public final class FilterListResources {

  private FilterListResources() {
  }

  /** The default engine's API ({@code /engine-rest/...}). */
  @Path("")
  public static class DefaultEngine extends DefaultProcessEngineRestServiceImpl {

    @Override
    public FilterRestService getFilterRestService() {
      return filters(null, getObjectMapper(), getRelativeEngineUri(null).toASCIIString(), providers);
    }
  }

  /** The named engines' API ({@code /engine/{name}/...}: the webapps' engine API, {@link WebappEngineApi}). */
  @Path(NamedProcessEngineRestServiceImpl.PATH)
  public static class NamedEngines extends NamedProcessEngineRestServiceImpl {

    @Override
    public FilterRestService getFilterRestService(String engineName) {
      return filters(engineName, getObjectMapper(), getRelativeEngineUri(engineName).toASCIIString(), providers);
    }
  }

  /** The filters of one engine, as the engine's, but each filter {@link Filter}. */
  public static class Filters extends FilterRestServiceImpl {

    private final FilterTaskLists lists;

    Filters(String engineName, ObjectMapper objectMapper, FilterTaskLists lists) {
      super(engineName, objectMapper);
      this.lists = lists;
    }

    @Override
    public FilterResource getFilter(String filterId) {
      return new Filter(getProcessEngine().getName(), getObjectMapper(), filterId, relativeRootResourcePath, lists);
    }
  }

  /** A filter as the engine's resource has it, but its HAL list written by {@link FilterTaskLists} when it can. */
  public static class Filter extends FilterResourceImpl {

    private final FilterTaskLists lists;

    Filter(String engineName, ObjectMapper objectMapper, String filterId, String rootResourcePath,
        FilterTaskLists lists) {
      super(engineName, objectMapper, filterId, rootResourcePath);
      this.lists = lists;
    }

    @Override
    public Object queryList(Request request, String extendingQuery, Integer firstResult, Integer maxResults) {
      Variant variant = request.selectVariant(VARIANTS);
      if (lists != null && variant != null && Hal.APPLICATION_HAL_JSON_TYPE.equals(variant.getMediaType())) {
        byte[] json = lists.halList(getProcessEngine(), getObjectMapper(), resourceId, extendingQuery, firstResult,
            maxResults);
        if (json != null) {
          return Response.ok(json, Hal.APPLICATION_HAL_JSON_TYPE).build();
        }
      }
      return super.queryList(request, extendingQuery, firstResult, maxResults);
    }
  }

  private static Filters filters(String engineName, ObjectMapper objectMapper, String rootResourcePath,
      Providers providers) {
    ContextResolver<FilterTaskLists> resolver = providers == null ? null
        : providers.getContextResolver(FilterTaskLists.class, null);
    Filters filters = new Filters(engineName, objectMapper, resolver == null ? null : resolver.getContext(null));
    filters.setRelativeRootResourceUri(rootResourcePath);
    return filters;
  }
}
