package org.refugio.presentation;

import static org.refugio.presentation.PresentationSweepProcess.CASE_NUMBERS_NOT_SIGNALLED;
import static org.refugio.presentation.PresentationSweepProcess.CLAIMS_NOT_SIGNALLED;
import static org.refugio.presentation.PresentationSweepProcess.CLAIMS_SIGNALLED;
import static org.refugio.presentation.PresentationSweepProcess.LISTED_CASE_NUMBERS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * {@code service_signal_abandonments}: signals the abandonment of every claim whose applicant missed too many weekly
 * presentations, and leaves on the sweep's instance how many were signalled and which could not be.
 */
@Component
@ExpressionBean
public class SignalAbandonmentsDelegate implements JavaDelegate {

  private final PresentationSweep sweep;

  public SignalAbandonmentsDelegate(PresentationSweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PresentationSweep.Report report = sweep.run();
    CLAIMS_SIGNALLED.on(execution).set(report.signalled().size());
    CLAIMS_NOT_SIGNALLED.on(execution).set(report.notSignalled().size());
    if (!report.notSignalled().isEmpty()) {
      CASE_NUMBERS_NOT_SIGNALLED.on(execution).set(String.join(",",
          report.notSignalled().subList(0, Math.min(LISTED_CASE_NUMBERS, report.notSignalled().size()))));
    }
  }
}
