package org.refugio.insight.cockpit;

import java.util.Date;

/** A claim waiting at an activity, as the overlay lists it: case number, office, modality and next deadline. */
public class WaitingClaim {

  private String caseNumber;
  private String office;
  private String modality;
  private Date registeredAt;
  private Date nextDeadlineAt;

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }

  public Date getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Date registeredAt) {
    this.registeredAt = registeredAt;
  }

  public Date getNextDeadlineAt() {
    return nextDeadlineAt;
  }

  public void setNextDeadlineAt(Date nextDeadlineAt) {
    this.nextDeadlineAt = nextDeadlineAt;
  }
}
