package org.refugio.casefile;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the case-file tab's script and styles at {@code /camunda/api/tasklist/plugin/casefile/static/app/}. */
@Path("plugin/" + CaseFileTasklistPlugin.ID)
public class CaseFilePluginRootResource extends AbstractTasklistPluginRootResource {

  public CaseFilePluginRootResource() {
    super(CaseFileTasklistPlugin.ID);
  }
}
