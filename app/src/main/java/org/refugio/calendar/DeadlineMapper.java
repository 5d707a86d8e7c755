package org.refugio.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.deadline}. */
@Mapper
public interface DeadlineMapper {

  /** A row of {@code refugio.deadline}. */
  record Deadline(long id, String processInstanceId, String businessKey, String name, String office,
      LocalDate eventDay, int businessDays, OffsetDateTime dueAt, String status) {
  }

  /** Stores the open deadline {@code name} of the process instance, replacing the one open under that name. */
  void saveOpen(@Param("processInstanceId") String processInstanceId, @Param("businessKey") String businessKey,
      @Param("name") String name, @Param("office") String office, @Param("eventDay") LocalDate eventDay,
      @Param("businessDays") int businessDays, @Param("dueAt") OffsetDateTime dueAt);

  /** The deadline {@code name} of the process instance, latest first: the open one if there is one. */
  Optional<Deadline> findLatest(@Param("processInstanceId") String processInstanceId, @Param("name") String name);

  List<Deadline> findOpenOf(String processInstanceId);

  /** The deadline if it is still open, locked until the end of the transaction (two recomputations do not race). */
  Optional<Deadline> lockOpen(long id);

  /** Every open deadline, oldest first. */
  List<Deadline> findOpen();

  void updateDue(@Param("id") long id, @Param("businessDays") int businessDays, @Param("dueAt") OffsetDateTime dueAt);

  /** Marks the open deadline {@code name} of the process instance with {@code status}; how many rows changed. */
  int closeOpen(@Param("processInstanceId") String processInstanceId, @Param("name") String name,
      @Param("status") String status);

  void close(@Param("id") long id, @Param("status") String status);
}
