package org.refugio.insight.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The root of the plugin's resources: {@code /camunda/api/cockpit/plugin/refugio-insight/{engine}/...}. */
@Path("plugin/" + InsightCockpitPlugin.ID)
public class InsightPluginRootResource extends AbstractCockpitPluginRootResource {

  public InsightPluginRootResource() {
    super(InsightCockpitPlugin.ID);
  }

  @Path("{engineName}/activities")
  public ActivityFiguresResource activities(@PathParam("engineName") String engineName) {
    return subResource(new ActivityFiguresResource(engineName), engineName);
  }
}
