package org.refugio.security;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads which groups hold authorizations in the engine, for the engine's own access checks. */
@Mapper
public interface AuthorizedGroupsMapper {

  /** Those of the given groups that hold at least one authorization: one index lookup per group. */
  List<String> withAuthorizations(@Param("groupIds") List<String> groupIds);
}
