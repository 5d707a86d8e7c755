package org.refugio.coi;

import static org.refugio.coi.CoiRequestProcess.CLAIM_ID;
import static org.refugio.coi.CoiRequestProcess.COI_ATTACHED;
import static org.refugio.coi.CoiRequestProcess.COI_COUNTRY;
import static org.refugio.coi.CoiRequestProcess.COI_TOPICS;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/** {@code service_attach_current_coi}: attaches the current COI of the claim's country and says how many. */
@Component
@ExpressionBean
public class AttachCurrentCoiDelegate implements JavaDelegate {

  private final CoiService coi;

  AttachCurrentCoiDelegate(CoiService coi) {
    this.coi = coi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    COI_ATTACHED.on(execution).set(coi.attachCurrent(CLAIM_ID.required(execution), COI_COUNTRY.required(execution),
        topics(execution)));
  }

  static List<String> topics(DelegateExecution execution) {
    String topics = COI_TOPICS.from(execution);
    return topics == null || topics.isBlank() ? List.of()
        : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
