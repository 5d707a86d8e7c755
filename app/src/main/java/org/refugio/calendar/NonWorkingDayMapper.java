package org.refugio.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.non_working_day}. */
@Mapper
public interface NonWorkingDayMapper {

  /** The declared days from {@code from} to {@code to} (both included): national ones plus those of {@code office}. */
  List<LocalDate> findDaysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("office") String office);

  /**
   * The declared days from {@code from} to {@code to} in date order: national ones plus those of {@code office}, or
   * every office's when {@code office} is {@code null}.
   */
  List<NonWorkingDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("office") String office);

  /** The day declared at exactly this office ({@code null}: the national declaration). */
  Optional<NonWorkingDay> find(@Param("day") LocalDate day, @Param("office") String office);

  /** Stores a declared day; false when that day is already declared at that office. */
  boolean insertIfAbsent(NonWorkingDay day);

  /** Removes the day declared at exactly this office; how many rows went (0 or 1). */
  int delete(@Param("day") LocalDate day, @Param("office") String office);

  /** Removes the suspension days from {@code from} to {@code to} declared at exactly this office. */
  int deleteSuspension(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("office") String office);
}
