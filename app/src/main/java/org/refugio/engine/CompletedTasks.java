package org.refugio.engine;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** The officer's completed task a document is issued in the name of: the latest completion of a task in a process. */
@Component
public class CompletedTasks {

  private final HistoryService historyService;

  CompletedTasks(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** The latest completed task {@code taskKey} of the process instance, or an exception naming what is missing. */
  public HistoricTaskInstance latest(String processInstanceId, String taskKey, String whenMissing) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
        .findFirst().orElseThrow(() -> new IllegalStateException(whenMissing));
  }
}
