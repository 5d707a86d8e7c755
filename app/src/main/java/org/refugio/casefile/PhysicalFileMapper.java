package org.refugio.casefile;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.physical_file} and its custody chain {@code refugio.physical_file_event}. */
@Mapper
public interface PhysicalFileMapper {

  /** A paper file's row as stored. */
  record Row(long claimId, String labelCode, String officeCode, String room, String shelf, String box,
      String custody, String holder, String transitTo, String digitization, Integer pageCount) {
  }

  void insert(@Param("claimId") long claimId, @Param("labelCode") String labelCode,
      @Param("officeCode") String officeCode, @Param("room") String room, @Param("shelf") String shelf,
      @Param("box") String box);

  /** The row, locked until the transaction ends. */
  Optional<Row> lock(long claimId);

  Optional<Row> find(long claimId);

  Optional<Row> findByLabel(String labelCode);

  void update(Row row);

  void insertEvent(@Param("claimId") long claimId, @Param("kind") String kind, @Param("detail") String detail,
      @Param("byUser") String byUser);

  List<PhysicalFile.Event> findEvents(long claimId);
}
