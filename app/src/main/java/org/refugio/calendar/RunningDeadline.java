package org.refugio.calendar;

import java.time.LocalDate;
import java.util.Date;

/**
 * An open deadline of a process instance: {@code businessDays} business days from the business day after
 * {@code eventDay} on {@code office}'s calendar, due at {@code dueAt}.
 */
public record RunningDeadline(String name, LocalDate eventDay, int businessDays, Date dueAt, String office) {
}
