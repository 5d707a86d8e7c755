package org.refugio.insight.cockpit;

/** One activity's figures for the diagram overlay (a bean: the Cockpit query service maps rows by setters). */
public class ActivityFigures {

  private String activityId;
  private long waiting;
  private long completed;
  private Double medianMinutes;
  private Double p90Minutes;

  public String getActivityId() {
    return activityId;
  }

  public void setActivityId(String activityId) {
    this.activityId = activityId;
  }

  public long getWaiting() {
    return waiting;
  }

  public void setWaiting(long waiting) {
    this.waiting = waiting;
  }

  public long getCompleted() {
    return completed;
  }

  public void setCompleted(long completed) {
    this.completed = completed;
  }

  public Double getMedianMinutes() {
    return medianMinutes;
  }

  public void setMedianMinutes(Double medianMinutes) {
    this.medianMinutes = medianMinutes == null ? null : Math.round(medianMinutes * 10) / 10.0;
  }

  public Double getP90Minutes() {
    return p90Minutes;
  }

  public void setP90Minutes(Double p90Minutes) {
    this.p90Minutes = p90Minutes == null ? null : Math.round(p90Minutes * 10) / 10.0;
  }
}
