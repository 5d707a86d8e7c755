package org.refugio.presentation;

import static org.refugio.presentation.PresentationSweepProcess.ClaimAbandoned.CLOSURE_DETAIL;
import static org.refugio.presentation.PresentationSweepProcess.ClaimAbandoned.CLOSURE_REASON;
import static org.refugio.presentation.PresentationSweepProcess.ClaimAbandoned.MESSAGE;
import static org.refugio.presentation.PresentationSweepProcess.ClaimAbandoned.REASON_ABANDONMENT;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Correlates {@code ClaimAbandoned} to the claim's {@code asylum-claim} instance, <strong>in a transaction of its
 * own</strong>: inside the sweep's job, a failed correlation would otherwise mark the job's whole transaction for
 * rollback and undo every other claim's signal with it.
 */
@Component
public class EngineAbandonmentSignal implements AbandonmentSignal {

  private final ProcessEngine engine;

  public EngineAbandonmentSignal(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void signal(String caseNumber, String closureDetail) {
    Map<String, Object> variables = new HashMap<>();
    CLOSURE_REASON.put(variables, REASON_ABANDONMENT);
    CLOSURE_DETAIL.put(variables, closureDetail);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequiresNew().execute(commandContext ->
        engine.getRuntimeService().createMessageCorrelation(MESSAGE)
            .processInstanceBusinessKey(caseNumber)
            .setVariables(variables)
            .correlateWithResult());
  }
}
