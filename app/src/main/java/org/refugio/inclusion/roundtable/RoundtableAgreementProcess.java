package org.refugio.inclusion.roundtable;

import java.util.Date;
import org.refugio.engine.ProcessVariable;

/**
 * The {@code roundtable-agreement} process: an agreement of a roundtable session followed up by the responsible
 * institution's liaisons or the roundtable's coordinators until it is closed, with a reminder when it is overdue.
 * Its key, element ids and typed variables.
 */
public final class RoundtableAgreementProcess {

  public static final String KEY = "roundtable-agreement";

  /** Element ids of {@code processes/roundtable-agreement.bpmn}. */
  public static final class Elements {
    public static final String START_AGREEMENT_MADE = "start_agreement_made";
    public static final String USER_FOLLOW_UP_AGREEMENT = "user_follow_up_agreement";
    public static final String SERVICE_RECORD_AGREEMENT_PROGRESS = "service_record_agreement_progress";
    public static final String XOR_AGREEMENT_CLOSED = "xor_agreement_closed";
    public static final String END_AGREEMENT_CLOSED = "end_agreement_closed";
    public static final String TIMER_AGREEMENT_OVERDUE = "timer_agreement_overdue";
    public static final String SERVICE_ESCALATE_OVERDUE_AGREEMENT = "service_escalate_overdue_agreement";
    public static final String END_OVERDUE_ESCALATED = "end_overdue_escalated";

    private Elements() {
    }
  }

  /** The form of the follow-up task. */
  public static final String FORM = "follow-up-agreement";

  public static final ProcessVariable<Long> AGREEMENT_ID = ProcessVariable.of("agreementId", Long.class);
  public static final ProcessVariable<Long> ROUNDTABLE_ID = ProcessVariable.of("roundtableId", Long.class);
  public static final ProcessVariable<String> ROUNDTABLE_NAME = ProcessVariable.of("roundtableName", String.class);
  public static final ProcessVariable<String> AGREEMENT_TEXT = ProcessVariable.of("agreementText", String.class);
  /** The Spanish name of the institution responsible for the agreement. */
  public static final ProcessVariable<String> RESPONSIBLE_INSTITUTION =
      ProcessVariable.of("responsibleInstitution", String.class);
  /** The agreement's due date: the follow-up task's due date and the overdue reminder's time. */
  public static final ProcessVariable<Date> AGREEMENT_DUE = ProcessVariable.of("agreementDue", Date.class);
  /** Comma-separated candidate groups of the follow-up task. */
  public static final ProcessVariable<String> FOLLOW_UP_GROUPS = ProcessVariable.of("followUpGroups", String.class);
  /** What was done since the last follow-up (from the form). */
  public static final ProcessVariable<String> PROGRESS_NOTE = ProcessVariable.of("agreementProgressNote", String.class);
  /** Whether the agreement is fulfilled and closed (from the form). */
  public static final ProcessVariable<Boolean> AGREEMENT_CLOSED = ProcessVariable.of("agreementClosed", Boolean.class);
  /** The note of the last follow-up, shown on the next one. */
  public static final ProcessVariable<String> LAST_NOTE = ProcessVariable.of("agreementLastNote", String.class);

  private RoundtableAgreementProcess() {
  }
}
