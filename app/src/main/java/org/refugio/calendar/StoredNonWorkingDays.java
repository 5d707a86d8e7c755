package org.refugio.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The declared non-working days as kept in {@code refugio.non_working_day}. */
@Component
public class StoredNonWorkingDays implements DeclaredNonWorkingDays {

  private final NonWorkingDayMapper mapper;

  public StoredNonWorkingDays(NonWorkingDayMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Set<LocalDate> between(LocalDate from, LocalDate to, String office) {
    if (to.isBefore(from)) {
      return Set.of();
    }
    return new HashSet<>(mapper.findDaysBetween(from, to, office));
  }
}
