package org.refugio.inclusion.roundtable;

import java.util.List;

/** The body of {@code POST /api/roundtables/{id}/sessions}: the day, the minutes, and the agreements made. */
public record NewSession(String heldOn, String minutesNote, List<NewAgreement> agreements) {

  /** An agreement: what was agreed, the institution that answers for it, and by when. */
  public record NewAgreement(String text, String responsibleInstitution, String dueDate) {
  }
}
