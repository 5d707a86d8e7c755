package org.refugio.insight.cockpit;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The managers' Cockpit plugin: a heat overlay of waiting claims and time spent on the asylum-claim diagram, and a
 * dashboard of backlog, deadline risk and KPIs. Registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its script is
 * {@code plugin-webapp/refugio-insight/app/plugin.js}.
 */
public class InsightCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "refugio-insight";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(InsightPluginRootResource.class);
  }

  @Override
  public List<String> getMappingFiles() {
    return List.of("org/refugio/insight/cockpit/InsightCockpitQueries.xml");
  }
}
