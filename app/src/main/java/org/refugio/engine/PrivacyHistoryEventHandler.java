package org.refugio.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on, except those that would record an {@link UnrecordedVariables unrecorded} variable:
 * as a variable, or as the submitted form field of the same name (history level {@code full} records each text field
 * of a submitted form as well).
 */
class PrivacyHistoryEventHandler implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Supplier<Set<String>> unrecorded;

  PrivacyHistoryEventHandler(HistoryEventHandler delegate, Supplier<Set<String>> unrecorded) {
    this.delegate = delegate;
    this.unrecorded = unrecorded;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isUnrecorded(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    delegate.handleEvents(events.stream().filter(event -> !isUnrecorded(event)).toList());
  }

  private boolean isUnrecorded(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity formField) {
      return unrecorded.get().contains(formField.getPropertyId());
    }
    return event instanceof HistoricVariableUpdateEventEntity variable
        && unrecorded.get().contains(variable.getVariableName());
  }
}
