package org.refugio.insight.cockpit;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.cockpit.db.QueryParameters;

/** The parameters of the plugin's queries: period, the manager's offices, modality and activity. */
public class ActivityQuery extends QueryParameters {

  private static final long serialVersionUID = 1L;

  private Date fromStart;
  private Date toEnd;
  private List<String> offices;
  private String modality;
  private String activityId;

  public Date getFromStart() {
    return fromStart;
  }

  public void setFromStart(Date fromStart) {
    this.fromStart = fromStart;
  }

  public Date getToEnd() {
    return toEnd;
  }

  public void setToEnd(Date toEnd) {
    this.toEnd = toEnd;
  }

  public List<String> getOffices() {
    return offices;
  }

  public void setOffices(List<String> offices) {
    this.offices = offices;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }

  public String getActivityId() {
    return activityId;
  }

  public void setActivityId(String activityId) {
    this.activityId = activityId;
  }
}
