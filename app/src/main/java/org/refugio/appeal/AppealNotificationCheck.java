package org.refugio.appeal;

import static org.refugio.appeal.AppealReviewProcess.APPEAL_NOTIFICATION_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.refugio.claim.ClaimService;
import org.refugio.engine.ExpressionBean;
import org.refugio.engine.FormSchemaValidator.Violation;
import org.refugio.engine.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses a notification of the appeal's result dated in the future: the form can require a date, not compare it with
 * today, so the server does.
 */
@Component("appealNotificationCheck")
@ExpressionBean
public class AppealNotificationCheck implements TaskListener {

  static final String FORM_ID = "notify-appeal-result";

  private final Clock clock;

  AppealNotificationCheck(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String submitted = APPEAL_NOTIFICATION_DATE.from(task);
    if (submitted == null || submitted.isBlank()) {
      return; // the form's own validation reports the missing date
    }
    LocalDate notifiedOn;
    try {
      notifiedOn = LocalDate.parse(submitted.strip().substring(0, Math.min(10, submitted.strip().length())));
    } catch (DateTimeParseException e) {
      return; // and the malformed one
    }
    LocalDate today = LocalDate.now(clock.withZone(ClaimService.ZONE));
    if (notifiedOn.isAfter(today)) {
      throw new FormValidationException(FORM_ID, List.of(new Violation(APPEAL_NOTIFICATION_DATE.name(),
          "\"Fecha de la notificación\" no puede ser posterior a hoy: registre la notificación el día en que se "
              + "hizo.")));
    }
  }
}
