package org.refugio.casefile;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The case-file tab on Tasklist's task detail: a plugin in the webapps' 7.14+ format whose script
 * ({@code plugin-webapp/casefile/app/plugin.js}) draws the file with the same module as the {@code /casefile/} page,
 * from {@code GET /api/casefile/tasks/{taskId}}.
 */
public class CaseFileTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "casefile";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseFilePluginRootResource.class);
  }
}
