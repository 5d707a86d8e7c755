package org.refugio.casefile;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The front desk's search over every office's claims; the SQL is in {@code FrontDeskMapper.xml}. */
@Mapper
public interface FrontDeskMapper {

  /** A claim one of whose people matches, and how well (0 to 1). */
  record Match(long claimId, String role, double score) {
  }

  /**
   * The claims with a person born on the day whose name is like the one typed: accent- and case-insensitive,
   * tolerant of typos and of missing names, best first.
   */
  List<Match> findByNameAndBirth(@Param("name") String name, @Param("dateOfBirth") LocalDate dateOfBirth,
      @Param("limit") int limit);
}
