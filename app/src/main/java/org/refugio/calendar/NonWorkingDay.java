package org.refugio.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A declared non-working day, as kept in {@code refugio.non_working_day}.
 *
 * @param office the office it applies to, {@code null} for every office
 * @param reference the published agreement that declares it, e.g. "DOF 15/03/2027"
 */
public record NonWorkingDay(LocalDate day, String office, NonWorkingDayKind kind, String reason, String reference,
    String declaredBy, OffsetDateTime declaredAt) {
}
