package org.refugio.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine/*}, what Tasklist and Cockpit call) configured as
 * {@code /engine-rest} is ({@link EngineRestResources#configure}): one shared Jackson mapper instead of one per use
 * (the webapp's own {@code EngineRestApplication} has the engine's {@code JacksonConfigurator}). The webapp starter
 * registers its servlet, named {@value #SERVLET}, only if none of that name is there; this initializer runs first and
 * registers it with the same mapping, behind the same webapp filters (login session, CSRF, engines), which are mapped
 * by path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

  /** The name the webapp starter gives its engine API servlet. */
  static final String SERVLET = "Engine Api";

  private final CamundaBpmProperties camunda;
  private final EngineRestResources engineRest;

  WebappEngineApi(CamundaBpmProperties camunda, EngineRestResources engineRest) {
    this.camunda = camunda;
    this.engineRest = engineRest;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (servletContext.getServletRegistration(SERVLET) != null) {
      return;
    }
    ResourceConfig config = new ResourceConfig();
    // the webapp's own engine API (EngineRestApplication) serves named engines only
    EngineRestResources.configure(config, engineRest.objectMapper(), engineRest.filterTaskLists(),
        Set.of(NamedProcessEngineRestServiceImpl.class));
    ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET, new ServletContainer(config));
    servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
  }
}
