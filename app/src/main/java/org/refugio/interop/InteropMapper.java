package org.refugio.interop;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.interop_exchange}. */
@Mapper
public interface InteropMapper {

  /** The answer of an exchange already made for the person (of a claim) and kind, if any. */
  Optional<String> findAnswer(@Param("personId") long personId, @Param("kind") String kind);

  void insert(@Param("key") String key, @Param("claimId") long claimId, @Param("personId") long personId,
      @Param("party") String party,
      @Param("kind") String kind, @Param("answer") String answer, @Param("status") String status);
}
