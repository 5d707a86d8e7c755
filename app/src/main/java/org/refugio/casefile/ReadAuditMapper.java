package org.refugio.casefile;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Writes and reads {@code refugio.case_file_read}, the audit of every read of a case file. */
@Mapper
public interface ReadAuditMapper {

  void insert(@Param("caseNumber") String caseNumber, @Param("claimId") Long claimId,
      @Param("officeCode") String officeCode, @Param("userId") String userId, @Param("what") String what,
      @Param("why") String why, @Param("granted") boolean granted);

  /** The reads of one case file, newest first. */
  List<ReadEvent> findByCase(@Param("caseNumber") String caseNumber, @Param("limit") int limit);

  /** The reads of the case files of one office, newest first. */
  List<ReadEvent> findByOffice(@Param("officeCode") String officeCode, @Param("limit") int limit);
}
