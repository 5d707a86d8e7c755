package org.refugio.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.refugio.engine.ExpressionBean;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines for BPMN timers and task due dates, e.g. {@code ${workingDays.after(filedOn, 45)}}: the engine
 * takes a {@link Date}, and a deadline lasts to the end of its last business day.
 */
@ExpressionBean
@Component("workingDays")
public class WorkingDays {

  /** COMAR's deadlines are federal; the day ends in central Mexico time. */
  public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final BusinessCalendar calendar;

  public WorkingDays(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /** The end (23:59:59, Mexico City) of the {@code days}-th business day after {@code event}. */
  public Date after(LocalDate event, int days) {
    return endOfDay(calendar.addBusinessDays(event, days));
  }

  /** As {@link #after(LocalDate, int)} on an office's calendar: {@code ${workingDays.after(filedOn, 45, office)}}. */
  public Date after(LocalDate event, int days, String office) {
    return endOfDay(calendar.addBusinessDays(event, days, office));
  }

  /** The end (23:59:59, Mexico City) of a day: when a deadline falling on it runs out. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(ZONE).toInstant());
  }
}
