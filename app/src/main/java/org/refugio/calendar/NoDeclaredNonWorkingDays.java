package org.refugio.calendar;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Declares no day non-working: the stand-in until declared days are kept as data. Replace this bean with the
 * table-backed one rather than adding a second {@link DeclaredNonWorkingDays}.
 */
@Component
public class NoDeclaredNonWorkingDays implements DeclaredNonWorkingDays {

  @Override
  public Set<LocalDate> between(LocalDate from, LocalDate to) {
    return Set.of();
  }
}
